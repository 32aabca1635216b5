package org.relapseguide.logging;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request: its type, intent, topic, outcome and latency, tagged with the request id. It logs
 * nothing a caregiver said and no user or device id.
 */
public final class RequestLogInterceptor implements RequestInterceptor, ResponseInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLogInterceptor.class);
    private static final String STARTED = "log.started";
    private static final String REQUEST_ID = "requestId";
    /**
     * An intent name as an interaction model writes them. Anything else came from whoever sent the request, and
     * could be anything, a phone number too, so it is not logged.
     */
    private static final Pattern INTENT_NAME = Pattern.compile("(AMAZON\\.)?[A-Za-z_]{1,64}");

    @Override
    public void process(HandlerInput input) {
        MDC.clear();
        Request request = input.getRequestEnvelope().getRequest();
        if (request != null && request.getRequestId() != null) {
            MDC.put(REQUEST_ID, request.getRequestId());
        }
        input.getAttributesManager().getRequestAttributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Map<String, Object> attributes = input.getAttributesManager().getRequestAttributes();
        Request request = input.getRequestEnvelope().getRequest();
        long started = attributes.get(STARTED) instanceof Long l ? l : System.nanoTime();
        String intent = request instanceof IntentRequest ir && ir.getIntent() != null
                ? loggable(ir.getIntent().getName())
                : "-";
        if (LOG.isInfoEnabled()) {
            LOG.info(
                    "type={} intent={} topic={} outcome={} latencyMs={}",
                    request == null ? "-" : request.getType(),
                    intent,
                    attributes.getOrDefault(RequestLog.TOPIC, "-"),
                    attributes.getOrDefault(RequestLog.OUTCOME, "-"),
                    (System.nanoTime() - started) / 1_000_000.0);
        }
        MDC.remove(REQUEST_ID);
    }

    private static String loggable(String intentName) {
        return intentName != null && INTENT_NAME.matcher(intentName).matches() ? intentName : "other";
    }
}
