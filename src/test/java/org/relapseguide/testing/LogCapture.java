package org.relapseguide.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Reports, once the test run ends, how many log lines the privacy audit ({@link LogPrivacyExtension}) checked, for
 * the figures in docs/reliability.md. Registered through META-INF/services.
 */
public final class LogCapture implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        System.out.printf(
                "Log privacy audit: %d lines logged by the tests, each checked in its own test%n",
                LogPrivacyExtension.linesAudited());
    }
}
