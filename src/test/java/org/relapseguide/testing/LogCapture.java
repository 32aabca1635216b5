package org.relapseguide.testing;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.relapseguide.logging.JsonLogging;

/**
 * Captures every line the skill logs during the whole test run, from the first test to the last, so the privacy
 * audit can read them all. Registered through META-INF/services, so no test can forget it.
 */
public final class LogCapture implements LauncherSessionListener {
    private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();
    private static volatile boolean capturing;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!capturing) {
            capturing = true;
            JsonLogging.addListener(LINES::add);
        }
    }

    /** Whether the capture has been running since the test run began. */
    public static boolean isCapturing() {
        return capturing;
    }

    /** Every line logged so far in this test run. */
    public static List<String> lines() {
        return List.copyOf(LINES);
    }
}
