package org.relapseguide.snapstart;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the skill is priming itself for a SnapStart snapshot. While it is, the guarded ports answer without
 * touching the world: no text is sent, nothing is written, no Customer Profile call is made.
 */
public final class Priming {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    private final AtomicBoolean active = new AtomicBoolean();
    private final List<Runnable> first = new CopyOnWriteArrayList<>();

    public boolean active() {
        return active.get();
    }

    /**
     * Adds a step to run before the priming requests: waiting for a client built in the background that no priming
     * request calls, so the snapshot holds it built rather than half-built.
     */
    public void first(Runnable step) {
        first.add(step);
    }

    /** Runs the priming with the guards up, and always takes them down again. */
    public void during(Runnable priming) {
        active.set(true);
        try {
            for (Runnable step : first) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    // A client that could not be built fails its calls honestly later; the snapshot is still good.
                    LOG.warn("A step before priming failed", e);
                }
            }
            priming.run();
        } finally {
            active.set(false);
        }
    }
}
