package org.relapseguide.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.Locales;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.JsonLogging;

/**
 * Audits every line the skill logs during the whole test run, from the first test to the last, as it is written.
 * Registered through META-INF/services, so no test can forget it. Checking each line on arrival, rather than keeping
 * them all for the end, lets the load test's tens of thousands of lines be audited without the heap growing with
 * them.
 */
public final class LogCapture implements LauncherSessionListener {
    private static volatile LogPrivacy.Audit audit;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (audit == null) {
            LogPrivacy.Audit started = new LogPrivacy.Audit(ContentFile.bundled(Locales.DEFAULT).topics().stream()
                    .map(Topic::text)
                    .toList());
            JsonLogging.addListener(started);
            audit = started;
        }
    }

    /** Whether the audit has been running since the test run began. */
    public static boolean isCapturing() {
        return audit != null;
    }

    /** The audit of every line logged so far in this test run. */
    public static LogPrivacy.Audit audit() {
        return audit;
    }
}
