package org.relapseguide.voice;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on its first use and kept: for what a cold start that never needs it should not pay for (the
 * understander on a topic Alexa resolved, the screens on a device without one). SnapStart priming uses both, so a
 * restored snapshot has them built.
 */
public final class Once<T> implements Supplier<T> {
    private final Supplier<T> build;
    private volatile T value;

    public Once(Supplier<T> build) {
        this.build = Objects.requireNonNull(build);
    }

    @Override
    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                built = value;
                if (built == null) {
                    built = Objects.requireNonNull(build.get());
                    value = built;
                }
            }
        }
        return built;
    }

    /** Whether the value has been built yet. */
    public boolean isBuilt() {
        return value != null;
    }
}
