package org.relapseguide.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.Locales;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.JsonLogging;

/**
 * The privacy audit, as a property of every test: each line the skill logs while a test runs is checked as it is
 * written, and the test fails if one of its own lines leaks a phone number, a text body, a user id or a token.
 * Registered for every test class through JUnit's extension auto-detection (junit-platform.properties), so no test
 * can forget it and none depends on another having run.
 */
public final class LogPrivacyExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LogPrivacyExtension.class);
    private static final List<String> MESSAGE_BODIES = ContentFile.bundled(Locales.DEFAULT).topics().stream()
            .map(Topic::text)
            .toList();
    private static final AtomicLong AUDITED = new AtomicLong();

    /**
     * Marks the one kind of test whose log may leak: a test of the audit itself, which runs a leaking test inside it
     * and asserts that the inner one failed.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface TestsTheAuditItself {}

    @Override
    public void beforeEach(ExtensionContext context) {
        LogPrivacy.Audit audit = new LogPrivacy.Audit(MESSAGE_BODIES);
        JsonLogging.addListener(audit);
        context.getStore(NAMESPACE).put(LogPrivacy.Audit.class, audit);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LogPrivacy.Audit audit = context.getStore(NAMESPACE).remove(LogPrivacy.Audit.class, LogPrivacy.Audit.class);
        if (audit == null) {
            return;
        }
        JsonLogging.removeListener(audit);
        AUDITED.addAndGet(audit.lines());
        boolean exempt = context.getTestMethod()
                .map(method -> method.isAnnotationPresent(TestsTheAuditItself.class))
                .orElse(false);
        if (audit.violatingLines() > 0 && !exempt) {
            throw new AssertionError(audit.violatingLines() + " log line(s) of this test leak what no log may carry: "
                    + audit.violations());
        }
    }

    /** How many lines the audit has checked in this test run so far. */
    public static long linesAudited() {
        return AUDITED.get();
    }
}
