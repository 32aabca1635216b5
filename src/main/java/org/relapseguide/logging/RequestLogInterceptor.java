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
    /** What the request says is logged only in the shape Alexa gives it; anything else could be anything, a number. */
    private static final Pattern LOCALE_SHAPE = Pattern.compile("[a-z]{2}-[A-Z]{2}");

    private static final Pattern NAME_SHAPE = Pattern.compile("[A-Za-z][A-Za-z_.]{0,99}");
    /** Alexa's request ids are {@code amzn1.echo-api.request.} and an opaque tail. */
    private static final Pattern REQUEST_ID_SHAPE =
            Pattern.compile("amzn1\\.echo-api\\.request\\.[A-Za-z0-9_.-]{1,100}");

    private static final String OTHER = "other";

    @Override
    public void process(HandlerInput input) {
        MDC.clear();
        Request request = input.getRequestEnvelope().getRequest();
        if (request != null && request.getRequestId() != null) {
            MDC.put(REQUEST_ID, shaped(request.getRequestId(), REQUEST_ID_SHAPE));
        }
        if (request != null && request.getLocale() != null) {
            MDC.put(LOCALE, shaped(request.getLocale(), LOCALE_SHAPE));
        }
        input.getAttributesManager().getRequestAttributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Map<String, Object> attributes = input.getAttributesManager().getRequestAttributes();
        Request request = input.getRequestEnvelope().getRequest();
        long started = attributes.get(STARTED) instanceof Long l ? l : System.nanoTime();
        String intent = request instanceof IntentRequest ir && ir.getIntent() != null
                ? shaped(ir.getIntent().getName(), NAME_SHAPE)
                : "-";
        if (LOG.isInfoEnabled()) {
            String type = request == null ? "-" : shaped(request.getType(), NAME_SHAPE);
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

    /** The value if it has the shape of what it names (an intent name, a locale), else "other". */
    private static String shaped(String value, Pattern shape) {
        return value != null && shape.matcher(value).matches() ? value : OTHER;
    }
}
