package org.relapseguide.logging;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/** Notes, for the one log line each request gets, which topic was asked and how the turn ended. */
public final class RequestLog {
    public static final String TOPIC = "log.topic";
    public static final String OUTCOME = "log.outcome";

    private RequestLog() {}

    public static void topic(HandlerInput input, String topicId) {
        input.getAttributesManager().getRequestAttributes().put(TOPIC, topicId);
    }

    public static void outcome(HandlerInput input, String outcome) {
        input.getAttributesManager().getRequestAttributes().put(OUTCOME, outcome);
    }
}
