package org.relapseguide.logging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * An SLF4J logger that writes one JSON object per line, the shape CloudWatch Logs Insights queries. Key-value pairs
 * given through SLF4J's fluent API ({@code LOG.atInfo().addKeyValue("outcome", o)}) become fields of their own, which
 * CloudWatch metric filters match on; numbers stay numbers. Exceptions are logged by type and stack frames only: their
 * messages can carry user input.
 */
final class JsonLogger extends LegacyAbstractLogger implements LoggingEventAware {
    private static final long serialVersionUID = 1L;
    private static final int MAX_FRAMES = 12;

    JsonLogger(String name) {
        this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    public boolean isTraceEnabled() {
        return JsonLogging.isEnabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return JsonLogging.isEnabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return JsonLogging.isEnabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return JsonLogging.isEnabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return JsonLogging.isEnabled(Level.ERROR);
    }

    @Override
    public void log(LoggingEvent event) {
        if (JsonLogging.isEnabled(event.getLevel())) {
            write(
                    event.getLevel(),
                    event.getMessage(),
                    event.getArgumentArray(),
                    event.getKeyValuePairs(),
                    event.getThrowable());
        }
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
        write(level, pattern, arguments, null, throwable);
    }

    private void write(
            Level level, String pattern, Object[] arguments, List<KeyValuePair> fields, Throwable throwable) {
        StringBuilder line = new StringBuilder(256);
        line.append("{\"timestamp\":\"")
                .append(Instant.now())
                .append("\",\"level\":\"")
                .append(level)
                .append("\",\"logger\":");
        quote(line, shortName(name));
        line.append(",\"message\":");
        quote(line, MessageFormatter.basicArrayFormat(pattern, arguments));
        Map<String, String> context = MDC.getCopyOfContextMap();
        if (context != null) {
            for (Map.Entry<String, String> entry : context.entrySet()) {
                line.append(',');
                quote(line, entry.getKey());
                line.append(':');
                quote(line, entry.getValue());
            }
        }
        if (fields != null) {
            for (KeyValuePair field : fields) {
                line.append(',');
                quote(line, field.key);
                line.append(':');
                if (field.value instanceof Number number && Double.isFinite(number.doubleValue())) {
                    line.append(number);
                } else {
                    quote(line, field.value == null ? null : field.value.toString());
                }
            }
        }
        if (throwable != null) {
            line.append(",\"error\":");
            quote(line, throwable.getClass().getName());
            line.append(",\"stack\":");
            quote(line, frames(throwable));
        }
        line.append('}');
        JsonLogging.write(line.toString());
    }

    private static String frames(Throwable throwable) {
        StringBuilder frames = new StringBuilder();
        Throwable current = throwable;
        for (int depth = 0; current != null && depth < 4; depth++, current = current.getCause()) {
            if (depth > 0) {
                frames.append(" | caused by ").append(current.getClass().getName());
            }
            StackTraceElement[] trace = current.getStackTrace();
            for (int i = 0; i < Math.min(MAX_FRAMES, trace.length); i++) {
                frames.append(" at ").append(trace[i]);
            }
        }
        return frames.toString();
    }

    private static String shortName(String loggerName) {
        int dot = loggerName.lastIndexOf('.');
        return dot < 0 ? loggerName : loggerName.substring(dot + 1);
    }

    static void quote(StringBuilder out, String text) {
        out.append('"');
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
        }
        out.append('"');
    }
}
