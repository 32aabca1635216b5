package org.relapseguide.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.relapseguide.logging.JsonLogging;

/** Every JSON log line written while it is open, for tests that check what the skill logs (and what it never does). */
public final class LogCapture implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Consumer<String> listener = lines::add;

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        JsonLogging.addListener(capture.listener);
        return capture;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines at WARN level that contain the given text. */
    public List<String> warnings(String containing) {
        return lines.stream().filter(l -> l.contains("\"WARN\"") && l.contains(containing)).toList();
    }

    @Override
    public void close() {
        JsonLogging.removeListener(listener);
    }
}
