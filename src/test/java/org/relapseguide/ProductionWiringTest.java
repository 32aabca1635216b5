package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.ProfileApiStub;
import org.relapseguide.testing.SnsStub;
import org.relapseguide.users.UserKey;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The skill exactly as {@code SkillFactory.fromEnvironment} builds it for Lambda, with the SDK's own endpoint
 * settings ({@code aws.endpointUrlSns}, {@code aws.endpointUrlDynamoDb}, the system-property twins of
 * AWS_ENDPOINT_URL_SNS and AWS_ENDPOINT_URL_DYNAMODB) pointing it at loopback servers.
 */
@ExtendWith(DynaliteExtension.class)
class ProductionWiringTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Heard invoke(RelapseGuideStreamHandler handler, JsonNode envelope) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(envelope)), out, null);
        return new Heard(MAPPER.readTree(out.toByteArray()));
    }

    @Test
    void without_an_origination_number_texting_is_off_and_the_skill_says_so() throws Exception {
        RelapseGuideStreamHandler handler = new RelapseGuideStreamHandler(
                ProductionSkill.fromEnvironment(Map.of(SkillConfig.SKILL_ID, LocalSkill.SKILL_ID))
                        .skill());

        Heard heard = invoke(handler, Events.load("text-details"));

        assertThat(heard.speech()).startsWith(Speech.load("en-US").get(Phrase.TEXT_TEXTING_OFF));
    }

    @Test
    void without_texting_the_skill_never_offers_a_text() throws Exception {
        RelapseGuideStreamHandler handler = new RelapseGuideStreamHandler(
                ProductionSkill.fromEnvironment(Map.of(SkillConfig.SKILL_ID, LocalSkill.SKILL_ID))
                        .skill());
        Speech speech = Speech.load("en-US");
        var moreHeard = Events.load("more-after-answer");
        Events.sessionAttributes(moreHeard).put("offer", "MORE").put("moreHeard", 5);

        Heard answer = invoke(handler, Events.load("topic-blinatumomab"));
        Heard lastMore = invoke(handler, moreHeard);

        assertThat(answer.speech()).endsWith(speech.get(Phrase.OFFER_MORE)).doesNotContain("text");
        assertThat(answer.sessionAttributes().path("offer").asText()).isEqualTo("MORE");
        assertThat(lastMore.speech()).endsWith(speech.get(Phrase.WHAT_ELSE)).doesNotContain("text");
        assertThat(lastMore.sessionAttributes().path("offer").asText()).isEqualTo("NONE");
    }

    @Test
    void with_an_origination_number_and_a_users_table_it_texts_through_sns_and_counts_in_the_table(Dynalite dynalite)
            throws Exception {
        String table = "users-" + UUID.randomUUID();
        DynamoDbClient dynamo = dynalite.client();
        LocalTables.createUsersTable(dynamo, table, new PrintStream(OutputStream.nullOutputStream()));
        try (SnsStub sns = new SnsStub();
                ProfileApiStub profile = new ProfileApiStub()) {
            profile.givesNumber("+1", "5555550147");
            System.setProperty("aws.endpointUrlSns", sns.endpoint().toString());
            System.setProperty("aws.endpointUrlDynamoDb", dynalite.endpoint().toString());
            Heard heard;
            // Set until the text is sent: the clients are built on background threads, which read them.
            try {
                RelapseGuideStreamHandler handler =
                        new RelapseGuideStreamHandler(ProductionSkill.fromEnvironment(Map.of(
                                        SkillConfig.SKILL_ID,
                                        LocalSkill.SKILL_ID,
                                        SkillConfig.SMS_ORIGINATION_IDENTITY,
                                        "+18885550100",
                                        SkillConfig.USERS_TABLE,
                                        table))
                                .skill());

                heard = invoke(handler, profile.pointAt(Events.load("text-details")));
            } finally {
                System.clearProperty("aws.endpointUrlSns");
                System.clearProperty("aws.endpointUrlDynamoDb");
            }

            assertThat(heard.speech()).startsWith("Done.");
            assertThat(sns.publishes()).hasSize(1);
            String key = UserKey.of("amzn1.ask.account.TEST-CAREGIVER-0001") + "#texts";
            assertThat(dynamo.getItem(r -> r.tableName(table).key(Map.of("userKey", AttributeValue.fromS(key))))
                            .item())
                    .containsKey("texts");
        }
    }

    @Test
    void an_origination_identity_sns_publish_cannot_use_fails_at_start_up_naming_the_variable() {
        assertThatThrownBy(() -> ProductionSkill.fromEnvironment(Map.of(
                        SkillConfig.SKILL_ID,
                        LocalSkill.SKILL_ID,
                        SkillConfig.SMS_ORIGINATION_IDENTITY,
                        "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMS_ORIGINATION_IDENTITY");
    }
}
