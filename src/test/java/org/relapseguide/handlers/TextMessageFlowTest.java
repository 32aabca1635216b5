package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.SkillFactory;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.content.Topic;
import org.relapseguide.sms.CustomerProfilePhoneNumbers;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.sms.SnsSmsSender;
import org.relapseguide.sms.TextLedger;
import org.relapseguide.sms.TextLedgerException;
import org.relapseguide.sms.TextMessages;
import org.relapseguide.sms.Texting;
import org.relapseguide.sms.UnconfiguredSmsSender;
import org.relapseguide.sms.UrlConnectionApiClient;
import org.relapseguide.testing.CapturedLogs;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.ProfileApiStub;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.SnsStub;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;

/**
 * "Text me the details" end to end through the Lambda entry point, with the production adapters talking to loopback
 * stubs of the Customer Profile API and SNS: every way it can go, and what the caregiver hears for each.
 */
class TextMessageFlowTest {
    private static final String ORIGINATION = "+18885550100";
    private static final String SENDER_ID = "RelapseGde";
    private static final String TOKEN = "test-access-token";
    private static final Speech SPEECH = Speech.load("en-US");
    private static final ContentSet CONTENT =
            InMemoryContentRepository.bundled().content("en-US");

    private final ProfileApiStub profile = new ProfileApiStub();
    private final SnsStub sns = new SnsStub();
    private final CapturedLogs logs = new CapturedLogs();

    @AfterEach
    void stop() {
        logs.close();
        profile.close();
        sns.close();
    }

    private SkillHarness skill(SmsSender sender) {
        return new SkillHarness(SkillFactory.Ports.of(InMemoryContentRepository.bundled())
                .withTexting(new Texting(
                        new CustomerProfilePhoneNumbers(), sender, UrlConnectionApiClient.withDefaultTimeouts())));
    }

    private SkillHarness skill() {
        return skill(new SnsSmsSender(sns.client(), ORIGINATION, SENDER_ID));
    }

    private ObjectNode event(String name) {
        return profile.pointAt(Events.load(name));
    }

    private static String say(Phrase phrase) {
        return SPEECH.get(phrase);
    }

    private static Topic topic(String id) {
        return CONTENT.topic(id).orElseThrow();
    }

    @Test
    void text_me_that_looks_the_number_up_with_the_token_and_publishes_one_transactional_text() {
        profile.givesNumber("+1", "(555) 555-0147");

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech())
                .startsWith("Done. I've texted the details on "
                        + topic("blinatumomab").title() + " to your phone ending in 47.");
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(profile.lookups()).singleElement().satisfies(lookup -> {
            assertThat(lookup.getUrl()).isEqualTo(ProfileApiStub.MOBILE_NUMBER_PATH);
            assertThat(lookup.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        });
        assertThat(sns.calls("CheckIfPhoneNumberIsOptedOut"))
                .singleElement()
                .satisfies(check -> assertThat(check).containsEntry("phoneNumber", "+15555550147"));
        assertThat(sns.publishes()).singleElement().satisfies(publish -> {
            assertThat(publish)
                    .containsEntry("PhoneNumber", "+15555550147")
                    .containsEntry(
                            "Message", TextMessages.compose(topic("blinatumomab"), CONTENT, say(Phrase.SMS_FOOTER)))
                    .doesNotContainKey("TopicArn");
            assertThat(SnsStub.messageAttributes(publish))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "AWS.SNS.SMS.SMSType", "String:Transactional",
                            "AWS.MM.SMS.OriginationNumber", "String:" + ORIGINATION,
                            "AWS.SNS.SMS.SenderID", "String:" + SENDER_ID));
        });
    }

    @Test
    void text_me_about_a_named_topic_texts_that_topic() {
        profile.givesNumber("1", "5555550147");

        Heard heard = skill().invoke(event("text-details-about-car-t"));

        assertThat(heard.speech())
                .startsWith("Done. I've texted the details on " + topic("car_t").title());
        assertThat(sns.publishes())
                .singleElement()
                .satisfies(publish -> assertThat(publish.get("Message"))
                        .startsWith(topic("car_t").title()));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void without_consent_it_asks_by_voice_and_hands_the_turn_to_alexa(int status) {
        profile.answers(status);

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech()).isEqualTo(say(Phrase.TEXT_ASKING_CONSENT));
        JsonNode directive = heard.response().path("directives").get(0);
        assertThat(directive.path("type").asText()).isEqualTo("Connections.StartConnection");
        assertThat(directive.path("uri").asText()).isEqualTo("connection://AMAZON.AskForPermissionsConsent/2");
        assertThat(directive.path("onCompletion").asText()).isEqualTo("RESUME_SESSION");
        assertThat(directive.path("token").asText()).isEqualTo("text-details:blinatumomab");
        JsonNode input = directive.path("input");
        assertThat(input.path("@type").asText()).isEqualTo("AskForPermissionsConsentRequest");
        assertThat(input.path("@version").asText()).isEqualTo("2");
        assertThat(input.path("permissionScopes")).singleElement().satisfies(scope -> {
            assertThat(scope.path("permissionScope").asText()).isEqualTo("alexa::profile:mobile_number:read");
            assertThat(scope.path("consentLevel").asText()).isEqualTo("ACCOUNT");
        });
        assertThat(heard.response().has("shouldEndSession"))
                .as("shouldEndSession left out")
                .isFalse();
        assertThat(heard.hasReprompt()).isFalse();
        assertThat(sns.publishes()).isEmpty();
    }

    @Test
    void yes_to_the_consent_question_sends_the_topic_in_the_token_with_a_fresh_lookup() {
        profile.givesNumber("+1", "5555550147");

        Heard heard = skill().invoke(event("session-resumed-consent-accepted"));

        assertThat(heard.speech())
                .startsWith(
                        "Done. I've texted the details on " + topic("car_t").title() + " to your phone ending in 47.");
        assertThat(profile.lookups()).hasSize(1);
        assertThat(sns.publishes())
                .singleElement()
                .satisfies(publish -> assertThat(publish.get("Message"))
                        .startsWith(topic("car_t").title()));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "session-resumed-consent-denied",
                "session-resumed-consent-not-answered",
                "session-resumed-consent-error"
            })
    void no_consent_after_asking_is_said_once_with_the_permission_card_and_nothing_is_looked_up(String event) {
        profile.givesNumber("+1", "5555550147");

        Heard heard = skill().invoke(event(event));

        assertThat(heard.speech()).isEqualTo(say(Phrase.TEXT_CONSENT_DECLINED) + " " + say(Phrase.WHAT_ELSE));
        assertThat(heard.card().path("type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(heard.card().path("permissions"))
                .singleElement()
                .satisfies(p -> assertThat(p.asText()).isEqualTo("alexa::profile:mobile_number:read"));
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.response().path("directives")).isEmpty();
        assertThat(profile.lookups()).isEmpty();
        assertThat(sns.publishes()).isEmpty();
    }

    @Test
    void after_a_no_a_second_text_me_points_to_the_card_instead_of_asking_again() {
        profile.answers(403);
        SkillHarness skill = skill();
        Heard declined = skill.invoke(event("session-resumed-consent-denied"));
        ObjectNode again = event("text-details");
        again.with("session").set("attributes", declined.sessionAttributes());

        Heard heard = skill.invoke(again);

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_NEEDS_CONSENT));
        assertThat(heard.response().path("directives")).isEmpty();
        assertThat(heard.card().path("type").asText()).isEqualTo("AskForPermissionsConsent");
    }

    @Test
    void a_yes_that_the_profile_api_still_refuses_does_not_ask_again() {
        profile.answers(403);

        Heard heard = skill().invoke(event("session-resumed-consent-accepted"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_NEEDS_CONSENT));
        assertThat(heard.response().path("directives")).isEmpty();
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void no_number_on_the_account_is_said_with_how_to_add_one() {
        profile.answers(204);

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_NO_NUMBER));
        assertThat(heard.cardTitle()).isEqualTo(topic("blinatumomab").title());
        assertThat(sns.publishes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 503})
    void a_throttled_or_failing_profile_api_is_said_honestly_and_the_session_goes_on(int status) {
        profile.answers(status);

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_NUMBER_UNAVAILABLE));
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(sns.publishes()).isEmpty();
    }

    @Test
    @Tag("slow")
    void a_profile_api_that_does_not_answer_in_time_is_said_honestly() {
        profile.hangsFor(3_000);

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_NUMBER_UNAVAILABLE));
        assertThat(sns.publishes()).isEmpty();
    }

    @Test
    @Tag("slow")
    void a_profile_api_that_trickles_its_answer_is_cut_off_and_said_honestly() {
        profile.tricklesFor(2_500);

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_NUMBER_UNAVAILABLE));
        assertThat(sns.publishes()).isEmpty();
    }

    @Test
    void an_unreadable_answer_from_the_profile_api_is_said_honestly() {
        profile.answersGarbage();

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_NUMBER_UNAVAILABLE));
    }

    @Test
    void a_403_without_a_body_still_means_no_consent() {
        profile.answersWithoutBody(403);

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech()).isEqualTo(say(Phrase.TEXT_ASKING_CONSENT));
    }

    @Test
    void an_unreachable_profile_api_is_said_honestly() {
        ObjectNode envelope = Events.load("text-details");
        ((ObjectNode) envelope.path("context").path("System")).put("apiEndpoint", "http://127.0.0.1:9");

        Heard heard = skill().invoke(envelope);

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_NUMBER_UNAVAILABLE));
    }

    @Test
    void an_opted_out_phone_is_told_how_to_opt_back_in_and_no_publish_reaches_sns() {
        profile.givesNumber("+1", "5555550147");
        sns.optedOut(true);

        Heard heard = skill().invoke(event("text-details"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_OPTED_OUT));
        assertThat(sns.calls("CheckIfPhoneNumberIsOptedOut")).hasSize(1);
        assertThat(sns.publishes()).isEmpty();
    }

    @Test
    void a_throttled_publish_is_an_honest_failure_that_does_not_use_up_the_quota() {
        profile.givesNumber("+1", "5555550147");
        sns.publishFails(400, "Throttling");
        SkillHarness skill = skill();

        Heard failed = skill.invoke(event("text-details"));
        sns.publishSucceeds();
        // The same skill and ledger, SNS working again: the failed text must not count as "sent a few minutes ago".
        Heard retried = skill.invoke(event("text-details"));

        assertThat(failed.speech()).startsWith(say(Phrase.TEXT_SEND_FAILED)).doesNotContain("Done");
        assertThat(failed.cardTitle()).isEqualTo(topic("blinatumomab").title());
        assertThat(retried.speech()).startsWith("Done.");
        assertThat(sns.publishes()).hasSize(2);
    }

    @Test
    @Tag("slow")
    void an_sns_error_or_a_hung_sns_is_an_honest_failure() {
        profile.givesNumber("+1", "5555550147");
        sns.publishFails(500, "InternalError");
        Heard failed = skill().invoke(event("text-details"));
        sns.hangsFor(3_000);
        Heard hung = skill().invoke(event("text-details"));

        assertThat(failed.speech()).startsWith(say(Phrase.TEXT_SEND_FAILED));
        assertThat(hung.speech()).startsWith(say(Phrase.TEXT_SEND_FAILED));
    }

    @Test
    @Tag("slow")
    void when_the_limits_cannot_be_checked_nothing_is_sent_and_the_caregiver_hears_so() throws Exception {
        profile.givesNumber("+1", "5555550147");
        TextLedger down = mock(TextLedger.class);
        when(down.reserve(anyString(), anyString(), any(), any(), any()))
                .thenThrow(new TextLedgerException("table down"));
        SkillHarness skill = new SkillHarness(SkillFactory.Ports.of(InMemoryContentRepository.bundled())
                .withTexting(new Texting(
                        new CustomerProfilePhoneNumbers(),
                        new SnsSmsSender(sns.client(), ORIGINATION, null),
                        UrlConnectionApiClient.withDefaultTimeouts()))
                .withTextLedger(down));

        Heard heard = skill.invoke(event("text-details"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_SEND_FAILED)).doesNotContain("Done");
        assertThat(heard.cardTitle()).isEqualTo(topic("blinatumomab").title());
        assertThat(sns.publishes()).isEmpty();
    }

    @Test
    void the_same_topic_again_within_ten_minutes_is_not_sent_twice() {
        profile.givesNumber("+1", "5555550147");
        SkillHarness skill = skill();

        Heard first = skill.invoke(event("text-details"));
        Heard second = skill.invoke(event("text-details"));

        assertThat(first.speech()).startsWith("Done.");
        assertThat(second.speech()).startsWith(say(Phrase.TEXT_RECENTLY_SENT));
        assertThat(sns.publishes()).hasSize(1);
    }

    @Test
    void the_sixth_text_in_a_day_is_refused_kindly() {
        profile.givesNumber("+1", "5555550147");
        SkillHarness skill = skill();
        List<String> topics = CONTENT.topics().stream().map(Topic::id).limit(6).toList();

        List<Heard> heard = topics.stream()
                .map(id -> {
                    ObjectNode envelope = event("text-details");
                    Events.sessionAttributes(envelope).put("topic", id);
                    return skill.invoke(envelope);
                })
                .toList();

        assertThat(heard.subList(0, 5)).allSatisfy(h -> assertThat(h.speech()).startsWith("Done."));
        assertThat(heard.get(5).speech()).startsWith(say(Phrase.TEXT_DAILY_LIMIT));
        assertThat(sns.publishes()).hasSize(5);
    }

    @Test
    void with_texting_switched_off_it_says_so_and_asks_for_neither_number_nor_consent() {
        profile.answers(403);

        Heard heard = skill(new UnconfiguredSmsSender()).invoke(event("text-details"));

        assertThat(heard.speech()).startsWith(say(Phrase.TEXT_TEXTING_OFF));
        assertThat(heard.response().path("directives")).isEmpty();
        assertThat(profile.lookups()).isEmpty();
    }

    @Test
    @Tag("slow")
    void no_log_line_carries_the_number_the_text_the_token_or_the_user_id() {
        profile.givesNumber("+1", "555-555-0147");
        SkillHarness skill = skill();
        skill.invoke(event("text-details"));
        skill.invoke(event("text-details"));
        sns.publishFails(400, "InvalidParameter");
        skill.invoke(event("text-details-about-car-t"));
        profile.answers(403);
        skill.invoke(event("text-details-about-car-t"));
        profile.hangsFor(2_000);
        skill.invoke(event("text-details-about-car-t"));

        String logged = logs.all();
        assertThat(logs.lines()).isNotEmpty();
        assertThat(logged)
                .doesNotContain("5555550147")
                .doesNotContain("555-0147")
                .doesNotContain(TOKEN)
                .doesNotContain("amzn1.ask.account")
                .doesNotContain(topic("blinatumomab").text().substring(0, 40))
                .doesNotContain(say(Phrase.SMS_FOOTER));
        assertThat(logged).contains("ending 47");
    }
}
