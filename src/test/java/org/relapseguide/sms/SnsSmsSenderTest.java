package org.relapseguide.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.aws.Background;
import org.relapseguide.testing.SnsStub;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.SnsException;

/** The SNS adapter against a stub that speaks SNS's query protocol. */
class SnsSmsSenderTest {
    private static final String NUMBER = "+15555550147";
    private final SnsStub sns = new SnsStub();

    @AfterEach
    void stop() {
        sns.close();
    }

    @Test
    void a_publish_returns_the_message_id_and_without_a_sender_id_sends_only_type_and_origination() throws Exception {
        SnsSmsSender sender = new SnsSmsSender(sns.client(), "+18885550100", null);

        String id = sender.send(NUMBER, "Hello");

        assertThat(id).isEqualTo(SnsStub.MESSAGE_ID);
        assertThat(sns.publishes()).singleElement().satisfies(publish -> {
            assertThat(publish).containsEntry("PhoneNumber", NUMBER).containsEntry("Message", "Hello");
            assertThat(SnsStub.messageAttributes(publish))
                    .isEqualTo(Map.of(
                            "AWS.SNS.SMS.SMSType", "String:Transactional",
                            "AWS.MM.SMS.OriginationNumber", "String:+18885550100"));
        });
    }

    @Test
    void the_opt_out_check_reads_what_sns_says() throws Exception {
        SnsSmsSender sender = new SnsSmsSender(sns.client(), "+18885550100", null);

        boolean before = sender.isOptedOut(NUMBER);
        sns.optedOut(true);

        assertThat(before).isFalse();
        assertThat(sender.isOptedOut(NUMBER)).isTrue();
    }

    @Test
    void throttling_is_one_attempt_and_an_sms_exception_naming_only_the_error_code() {
        sns.publishFails(400, "Throttling");
        SnsSmsSender sender = new SnsSmsSender(sns.client(), "+18885550100", null);

        assertThatThrownBy(() -> sender.send(NUMBER, "Hello"))
                .isInstanceOf(SmsException.class)
                .hasMessage("SNS Publish failed: Throttling (HTTP 400)")
                .hasCauseInstanceOf(SnsException.class);
        assertThat(sns.publishes()).hasSize(1);
    }

    @Test
    void a_client_that_could_not_be_built_fails_each_text_as_sns_failing_would_without_the_number() {
        Supplier<SnsClient> notBuilt = Background.build("sns-client-test", () -> {
            throw new IllegalStateException("no region for " + NUMBER);
        });
        SnsSmsSender sender = new SnsSmsSender(notBuilt, "+18885550100", null);

        assertThatThrownBy(() -> sender.isOptedOut(NUMBER))
                .isInstanceOf(SmsException.class)
                .hasMessage("SNS CheckIfPhoneNumberIsOptedOut failed: the client could not be built: "
                        + "IllegalStateException");
        assertThatThrownBy(() -> sender.send(NUMBER, "Hello"))
                .isInstanceOf(SmsException.class)
                .hasMessage("SNS Publish failed: the client could not be built: IllegalStateException");
        assertThat(sns.publishes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:sms-voice:us-east-1:123456789012:pool/pool-abc", "pool-abc", "18885550100"})
    void an_origination_identity_publish_cannot_take_is_refused_at_start_up(String identity) {
        assertThatThrownBy(() -> new SnsSmsSender(sns.client(), identity, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMS_ORIGINATION_IDENTITY");
    }

    @Test
    void a_sender_id_that_is_not_alphanumeric_is_refused_at_start_up() {
        assertThatThrownBy(() -> new SnsSmsSender(sns.client(), "+18885550100", "Relapse Guide!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMS_SENDER_ID");
    }
}
