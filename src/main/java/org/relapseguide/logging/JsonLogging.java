package org.relapseguide.logging;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.event.Level;

/** Process-wide settings of the skill's JSON log: the threshold level, where lines go, and who else sees them. */
public final class JsonLogging {
    private static volatile Level threshold = Level.INFO;
    private static volatile PrintStream out = System.err;
    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();

    private JsonLogging() {}

    /** Sets the lowest level written; lines below it are dropped before they are formatted. */
    public static void setLevel(Level level) {
        threshold = level;
    }

    /** Parses a Lambda-style level name (TRACE, DEBUG, INFO, WARN, ERROR, FATAL), defaulting to INFO. */
    public static Level parseLevel(String name) {
        if (name == null || name.isBlank()) {
            return Level.INFO;
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("FATAL")) {
            return Level.ERROR;
        }
        try {
            return Level.valueOf(upper);
        } catch (IllegalArgumentException unknown) {
            return Level.INFO;
        }
    }

    /** Sends lines to the given stream instead of standard error (the local runner keeps the terminal clean). */
    public static void setOutput(PrintStream stream) {
        out = stream;
    }

    /** Lets a test or an auditor see every line written, whatever the output. */
    public static void addListener(Consumer<String> listener) {
        LISTENERS.add(listener);
    }

    /** Stops a listener added with {@link #addListener}. */
    public static void removeListener(Consumer<String> listener) {
        LISTENERS.remove(listener);
    }

    static boolean isEnabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    static void write(String line) {
        out.println(line);
        for (Consumer<String> listener : LISTENERS) {
            listener.accept(line);
        }
    }
}
