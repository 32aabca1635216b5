package org.relapseguide.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The privacy audit: the rules catch each kind of leak, and a test whose own log line leaks fails. */
class LogPrivacyTest {

    @Test
    @LogPrivacyExtension.TestsTheAuditItself
    void a_test_whose_own_log_line_leaks_a_number_fails_and_one_that_logs_cleanly_passes() {
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .selectors(selectClass(Leaking.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(1).failed(1))
                .failed()
                .assertThatEvents()
                .singleElement()
                .satisfies(event -> assertThat(event.getPayload(TestExecutionResult.class)
                                .flatMap(TestExecutionResult::getThrowable)
                                .map(Throwable::getMessage)
                                .orElse(""))
                        .contains("an E.164 phone number"));
    }

    /** Run only by the test above, through the test kit: one test leaks on purpose. */
    static class Leaking {
        private static final Logger LOG = LoggerFactory.getLogger(Leaking.class);

        @Test
        void logs_a_number() {
            LOG.info("texted +15555550123");
        }

        @Test
        void logs_only_the_last_two_digits() {
            LOG.info("texted phone ending 23");
        }
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "texted +15555550123",
                "to +1 555 555 0123",
                "number 5555550123",
                "call 555-555-0123",
                "call (555) 555-0123",
                "call 555.555.0123",
                "call 555 555 0123"
            })
    void every_line_a_phone_rule_could_catch_passes_the_quick_check_the_rules_run_behind(String line) {
        assertThat(LogPrivacy.mightHoldAPhoneNumber(line)).isTrue();
    }

    @Test
    void a_request_line_with_nanosecond_timestamps_and_ids_skips_the_phone_patterns() {
        assertThat(LogPrivacy.mightHoldAPhoneNumber(
                        "{\"timestamp\":\"2026-11-26T21:28:05.660618226Z\",\"latencyMs\":17.2,"
                                + "\"requestId\":\"amzn1.echo-api.request.test-0002\"}"))
                .isFalse();
    }

    @Test
    void ids_and_tokens_are_caught_in_any_case() {
        assertThat(LogPrivacy.violations(
                        List.of("user AMZN1.ASK.ACCOUNT.abc", "person amzn1.Ask.Person.x", "authorization: BEARER x"),
                        List.of()))
                .extracting(LogPrivacy.Violation::rule)
                .containsExactly("a raw Alexa user id", "a person id", "an access token");
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
