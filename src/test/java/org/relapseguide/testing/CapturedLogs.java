package org.relapseguide.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.relapseguide.logging.JsonLogging;

/** Every log line written while it is open, to check what the skill logs and, above all, what it never logs. */
public final class CapturedLogs implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Consumer<String> listener = lines::add;

    public CapturedLogs() {
        JsonLogging.addListener(listener);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** All lines as one text. */
    public String all() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        JsonLogging.removeListener(listener);
    }
}
