package org.relapseguide.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.relapseguide.logging.JsonLogging;

/** The JSON log lines written while it is open, for a test that checks what the skill logs during one scenario. */
public final class LogLines implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Consumer<String> listener = lines::add;

    private LogLines() {}

    public static LogLines start() {
        LogLines capture = new LogLines();
        JsonLogging.addListener(capture.listener);
        return capture;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines at WARN level that contain the given text. */
    public List<String> warnings(String containing) {
        return lines.stream()
                .filter(l -> l.contains("\"WARN\"") && l.contains(containing))
                .toList();
    }

    @Override
    public void close() {
        JsonLogging.removeListener(listener);
    }
}
