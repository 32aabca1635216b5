package org.relapseguide.logging;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/**
 * Notes, for the one log line each request gets, which topic was asked and how the turn ended; and names the JSON
 * fields of that line, which the deployment's metric filters and saved queries read.
 */
public final class RequestLog {
    public static final String TOPIC = "log.topic";
    public static final String OUTCOME = "log.outcome";

    public static final String TYPE_FIELD = "type";
    public static final String INTENT_FIELD = "intent";
    public static final String TOPIC_FIELD = "topic";
    /** How the turn ended: {@code answered}, {@code fallback}, {@code declined_advice}, {@code text_sent}, ... */
    public static final String OUTCOME_FIELD = "outcome";

    public static final String LATENCY_FIELD = "latencyMs";

    private RequestLog() {}

    public static void topic(HandlerInput input, String topicId) {
        input.getAttributesManager().getRequestAttributes().put(TOPIC, topicId);
    }

    public static void outcome(HandlerInput input, String outcome) {
        input.getAttributesManager().getRequestAttributes().put(OUTCOME, outcome);
    }
}
