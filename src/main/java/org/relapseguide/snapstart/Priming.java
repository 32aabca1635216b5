package org.relapseguide.snapstart;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the skill is priming itself for a SnapStart snapshot. While it is, the guarded ports answer without
 * touching the world: no text is sent, nothing is written, no Customer Profile call is made.
 */
public final class Priming {
    private final AtomicBoolean active = new AtomicBoolean();

    public boolean active() {
        return active.get();
    }

    /** Runs the priming with the guards up, and always takes them down again. */
    public void during(Runnable priming) {
        active.set(true);
        try {
            priming.run();
        } finally {
            active.set(false);
        }
    }
}
