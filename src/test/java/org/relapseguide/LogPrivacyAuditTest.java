package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.relapseguide.testing.LogCapture;
import org.relapseguide.testing.LogPrivacy;

/**
 * The privacy audit: every line logged during the whole test suite, which sends phone numbers, message bodies,
 * user ids and tokens through every path, is checked. It runs last.
 */
@Order(Integer.MAX_VALUE)
class LogPrivacyAuditTest {

    @Test
    void no_line_logged_during_the_whole_suite_leaks_a_number_a_body_a_user_id_or_a_token() {
        assertThat(LogCapture.isCapturing()).isTrue();
        LogPrivacy.Audit audit = LogCapture.audit();
        System.out.printf(
                "Log privacy audit: %d lines logged by the suite, %d broke a rule%n",
                audit.lines(), audit.violatingLines());

        assertThat(audit.lines()).as("lines audited from the suite").isGreaterThan(50);
        assertThat(audit.violations()).isEmpty();
        assertThat(audit.violatingLines()).isZero();
    }

    @Test
    void the_audit_catches_each_kind_of_leak() {
        List<String> planted = List.of(
                "{\"message\":\"texted +15555550123\"}",
                "{\"message\":\"number 5555550123\"}",
                "{\"message\":\"call 555-555-0123\"}",
                "{\"message\":\"user amzn1.ask.account.ABC\"}",
                "{\"message\":\"Authorization: Bearer abc\"}",
                "{\"message\":\"General information, not medical advice. Reply STOP to opt out.\"}",
                "{\"message\":\"body: Blinatumomab links T cells\"}");

        assertThat(LogPrivacy.violations(planted, List.of("Blinatumomab links T cells")))
                .extracting(LogPrivacy.Violation::rule)
                .contains(
                        "an E.164 phone number",
                        "a ten-digit phone number",
                        "a formatted phone number",
                        "a raw Alexa user id",
                        "an access token",
                        "a text-message body");
        assertThat(LogPrivacy.violations(
                        List.of(
                                "{\"timestamp\":\"2026-11-26T21:28:05.660618226Z\",\"message\":\"type=IntentRequest latencyMs=17.2\","
                                        + "\"requestId\":\"amzn1.echo-api.request.test-0002\"}"),
                        List.of()))
                .isEmpty();
    }

    @Test
    void the_running_audit_counts_every_line_and_keeps_the_ones_that_leak() {
        LogPrivacy.Audit audit = new LogPrivacy.Audit(List.of("Blinatumomab links T cells"));

        audit.accept("{\"message\":\"type=LaunchRequest outcome=welcomed\"}");
        audit.accept("{\"message\":\"texted +15555550123\"}");
        audit.accept("{\"message\":\"body: Blinatumomab links T cells\"}");

        assertThat(audit.lines()).isEqualTo(3);
        assertThat(audit.violatingLines()).isEqualTo(2);
        assertThat(audit.violations())
                .extracting(LogPrivacy.Violation::rule)
                .containsExactly("an E.164 phone number", "a text-message body");
    }
}
