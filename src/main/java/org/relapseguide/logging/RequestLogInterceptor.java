package org.relapseguide.logging;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request: its type, intent, topic, outcome and latency, each also a JSON field of its own (the
 * fields the deployment's metric filters count), tagged with the request id and locale. It logs nothing a caregiver
 * said and no user or device id.
 */
public final class RequestLogInterceptor implements RequestInterceptor, ResponseInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLogInterceptor.class);
    private static final String STARTED = "log.started";
    private static final String REQUEST_ID = "requestId";
    /** Every line a request logs carries its locale, so the content team can tell which language a gap is in. */
    public static final String LOCALE = "locale";

    @Override
    public void process(HandlerInput input) {
        MDC.clear();
        Request request = input.getRequestEnvelope().getRequest();
        if (request != null && request.getRequestId() != null) {
            MDC.put(REQUEST_ID, request.getRequestId());
        }
        if (request != null && request.getLocale() != null) {
            MDC.put(LOCALE, request.getLocale());
        }
        input.getAttributesManager().getRequestAttributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Map<String, Object> attributes = input.getAttributesManager().getRequestAttributes();
        Request request = input.getRequestEnvelope().getRequest();
        long started = attributes.get(STARTED) instanceof Long l ? l : System.nanoTime();
        String intent = request instanceof IntentRequest ir && ir.getIntent() != null
                ? ir.getIntent().getName()
                : "-";
        if (LOG.isInfoEnabled()) {
            String type = request == null ? "-" : request.getType();
            Object topic = attributes.getOrDefault(RequestLog.TOPIC, "-");
            Object outcome = attributes.getOrDefault(RequestLog.OUTCOME, "-");
            double latencyMs = (System.nanoTime() - started) / 1_000_000.0;
            LOG.atInfo()
                    .addKeyValue(RequestLog.TYPE_FIELD, type)
                    .addKeyValue(RequestLog.INTENT_FIELD, intent)
                    .addKeyValue(RequestLog.TOPIC_FIELD, topic)
                    .addKeyValue(RequestLog.OUTCOME_FIELD, outcome)
                    .addKeyValue(RequestLog.LATENCY_FIELD, latencyMs)
                    .log("type={} intent={} topic={} outcome={} latencyMs={}", type, intent, topic, outcome, latencyMs);
        }
        MDC.remove(REQUEST_ID);
        MDC.remove(LOCALE);
    }
}
