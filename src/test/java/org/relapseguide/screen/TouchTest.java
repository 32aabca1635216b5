package org.relapseguide.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.exception.AskSdkException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.alexa.Envelopes.Slot;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.testing.CapturedLogs;
import org.relapseguide.testing.EnvelopeMutator;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.Speech;

/**
 * A touch does what the words would: the same handler answers it, with the same response, and anything a touch
 * carries that the skill did not put on its screen gets the fallback, never an error.
 */
class TouchTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ContentSet CONTENT = ContentFile.bundled("en-US");
    private final Speech speech = Speech.load("en-US");

    static Stream<Topic> topics() {
        return CONTENT.topics().stream();
    }

    private static ObjectNode spoken(IntentName intent, SessionState state, Topic topic) {
        Envelopes.Builder request =
                Events.onAScreen().session("amzn1.echo-api.session.test-0001", false, attributes(state));
        return topic == null
                ? request.intent(intent.modelName())
                : request.intent(
                        intent.modelName(),
                        Slot.matched(
                                SlotName.TOPIC.modelName(),
                                topic.spokenName(),
                                SlotName.TOPIC.typeName(),
                                topic.id(),
                                topic.spokenName()));
    }

    private static ObjectNode touched(String token, SessionState state, String... arguments) {
        return Events.onAScreen()
                .session("amzn1.echo-api.session.test-0001", false, attributes(state))
                .userEvent(token, List.of(arguments));
    }

    private static JsonNode attributes(SessionState state) {
        return MAPPER.valueToTree(state.toAttributes());
    }

    private static SessionState answered(Topic topic) {
        return SessionState.EMPTY
                .withTopic(topic.id())
                .withOffer(Offer.MORE_OR_TEXT)
                .withLastSaid(
                        List.of(Said.answer(topic), Said.phrase(Phrase.OFFER_MORE_OR_TEXT)),
                        List.of(Said.phrase(Phrase.OFFER_MORE_OR_TEXT_REPROMPT)));
    }

    /** The whole response and what the session remembers; not the SDK's version string. */
    private static JsonNode answer(Heard heard) {
        ObjectNode answer = heard.envelope().deepCopy();
        answer.remove("userAgent");
        return answer;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void touching_a_topic_gets_the_response_asking_for_it_gets(Topic topic) {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());

        Heard touchedInList = skill.invoke(touched("category", SessionState.EMPTY, "topic", topic.id()));
        Heard asked = skill.invoke(spoken(IntentName.TOPIC, SessionState.EMPTY, topic));

        assertThat(answer(touchedInList)).isEqualTo(answer(asked));
        assertThat(touchedInList.speech()).isNotEqualTo(speech.get(Phrase.FALLBACK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void touching_tell_me_more_gets_the_response_saying_it_gets(Topic topic) {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        List<String> touchedWords = new ArrayList<>();
        SessionState state = answered(topic);
        for (int paragraph = 0; paragraph < topic.more().size(); paragraph++) {
            Heard touchedMore = skill.invoke(touched("answer", state, "more", topic.id(), String.valueOf(paragraph)));
            Heard saidMore = skill.invoke(spoken(IntentName.MORE, state, null));

            assertThat(answer(touchedMore)).isEqualTo(answer(saidMore));
            touchedWords.add(touchedMore.screenData().path("text").asText());
            state = state.withMoreHeard(paragraph + 1);
        }

        assertThat(touchedWords).isEqualTo(topic.more());
    }

    @Test
    void touching_text_me_this_gets_the_response_saying_it_gets() {
        Topic carT = CONTENT.topic("car_t").orElseThrow();
        RecordingSmsSender touchedSms = new RecordingSmsSender();
        RecordingSmsSender spokenSms = new RecordingSmsSender();

        Heard touchedText =
                SkillHarness.withDefaults(touchedSms).invoke(touched("answer", answered(carT), "text", carT.id()));
        Heard saidText =
                SkillHarness.withDefaults(spokenSms).invoke(spoken(IntentName.TEXT_DETAILS, answered(carT), carT));

        assertThat(answer(touchedText)).isEqualTo(answer(saidText));
        assertThat(touchedSms.sent()).isEqualTo(spokenSms.sent()).hasSize(1);
    }

    @Test
    void touching_other_topics_gets_the_response_asking_what_it_can_tell_gets() {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        Topic carT = CONTENT.topic("car_t").orElseThrow();

        Heard touchedTopics = skill.invoke(touched("answer", answered(carT), "topics"));
        Heard asked = skill.invoke(spoken(IntentName.LIST_TOPICS, answered(carT), null));

        assertThat(answer(touchedTopics)).isEqualTo(answer(asked));
        assertThat(touchedTopics.screenName()).isEqualTo("topics");
    }

    @Test
    void tell_me_more_on_a_screen_left_up_after_the_session_ended_continues_the_topic_on_screen() {
        Topic carT = CONTENT.topic("car_t").orElseThrow();
        ObjectNode newSession = Events.onAScreen().userEvent("answer", List.of("more", carT.id(), "0"));

        Heard heard = SkillHarness.withDefaults(new RecordingSmsSender()).invoke(newSession);

        assertThat(heard.speech()).startsWith(carT.more().get(0));
        assertThat(heard.sessionAttributes().path("topic").asText()).isEqualTo(carT.id());
    }

    @Test
    void a_double_tap_on_tell_me_more_says_the_same_follow_up_again_rather_than_skipping_one() {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        Topic carT = CONTENT.topic("car_t").orElseThrow();
        ObjectNode tap = touched("answer", answered(carT), "more", carT.id(), "0");

        Heard first = skill.invoke(tap);
        ObjectNode secondTap = tap.deepCopy();
        ((ObjectNode) secondTap.path("session")).set("attributes", first.sessionAttributes());
        Heard second = skill.invoke(secondTap);

        assertThat(first.speech()).startsWith(carT.more().get(0));
        assertThat(second.speech()).isEqualTo(first.speech());
    }

    static Stream<List<Object>> forged() {
        String huge = EnvelopeMutator.MARKER + " " + "x".repeat(100_000);
        return Stream.of(
                List.of(),
                List.of("delete_everything"),
                List.of(EnvelopeMutator.MARKER),
                List.of("topic"),
                List.of("topic", "no_such_topic"),
                List.of("topic", EnvelopeMutator.MARKER + " <speak>&"),
                List.of("topic", huge),
                List.of("topic", "car_t", "extra"),
                List.of("more", "car_t"),
                List.of("more", "car_t", "7"),
                List.of("more", "car_t", "-1"),
                List.of("more", "car_t", "10"),
                List.of("more", "car_t", "1.0"),
                List.of("more", "no_such_topic", "0"),
                List.of("text"),
                List.of("text", "+15555550123"),
                List.of("topics", "car_t"),
                List.of("category", "safety"),
                List.of("category", "car_t"),
                List.of("category", "CAUSE"),
                List.of("TOPIC", "car_t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forged")
    void a_touch_the_skill_did_not_put_on_a_screen_gets_the_fallback_never_an_error(List<Object> arguments) {
        assertGetsTheFallback(Events.onAScreen().userEvent("answer", strings(arguments)));
        assertGetsTheFallback(Events.onAScreen().userEvent("topics", strings(arguments)));
    }

    @Test
    void arguments_that_are_not_strings_get_the_fallback() {
        for (JsonNode arguments : List.of(
                MAPPER.createArrayNode().add("more").add("car_t").add(0),
                MAPPER.createArrayNode().add("topic").addNull(),
                MAPPER.createArrayNode()
                        .add("topic")
                        .add(MAPPER.createObjectNode().put("id", "car_t")),
                MAPPER.createArrayNode()
                        .add(MAPPER.createArrayNode().add("topic").add("car_t")),
                MAPPER.getNodeFactory().nullNode())) {
            ObjectNode envelope = Events.onAScreen().userEvent("welcome", List.of());
            Events.request(envelope).set("arguments", arguments);

            assertGetsTheFallback(envelope);
        }
    }

    @Test
    void arguments_that_are_not_even_a_list_are_refused_like_any_request_that_is_not_alexas() {
        ObjectNode envelope = Events.onAScreen().userEvent("welcome", List.of());
        Events.request(envelope).set("arguments", MAPPER.createObjectNode().put("verb", "topic"));

        assertThatThrownBy(() -> SkillHarness.withDefaults(new RecordingSmsSender())
                        .invokeBytes(MAPPER.writeValueAsBytes(envelope)))
                .isInstanceOf(AskSdkException.class);
    }

    @Test
    void a_touch_a_screen_could_not_have_sent_gets_the_fallback() {
        assertGetsTheFallback(Events.onAScreen().userEvent("topics", List.of("more", "car_t", "0")));
        assertGetsTheFallback(Events.onAScreen().userEvent("emergency", List.of("topics")));
        assertGetsTheFallback(Events.onAScreen().userEvent("answer", List.of("category", "cause")));
        assertGetsTheFallback(Events.onAScreen().userEvent("someone-elses-screen", List.of("topic", "car_t")));
        ObjectNode noToken = Events.onAScreen().userEvent("answer", List.of("topic", "car_t"));
        Events.request(noToken).remove("token");
        assertGetsTheFallback(noToken);
    }

    @Test
    void a_category_touch_from_a_device_without_a_screen_gets_the_fallback() {
        assertGetsTheFallback(Events.asInTheFiles().userEvent("topics", List.of("category", "cause")));
    }

    @Test
    void a_touch_is_logged_as_one_with_nothing_it_carried() {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        try (CapturedLogs logs = new CapturedLogs()) {
            skill.invoke(Events.onAScreen().userEvent("welcome", List.of("topic", "car_t")));
            skill.invoke(Events.onAScreen()
                    .userEvent("answer", List.of("text", SkillHarness.PHONE + " " + EnvelopeMutator.MARKER)));

            assertThat(logs.lines())
                    .anySatisfy(line -> assertThat(line)
                            .contains("type=Alexa.Presentation.APL.UserEvent")
                            .contains("topic=car_t")
                            .contains("outcome=answered"))
                    .anySatisfy(line -> assertThat(line).contains("outcome=unknown_touch"));
            assertThat(logs.all())
                    .doesNotContain(EnvelopeMutator.MARKER)
                    .doesNotContain(SkillHarness.PHONE)
                    .doesNotContain("amzn1.ask.account");
        }
    }

    private void assertGetsTheFallback(ObjectNode envelope) {
        Heard heard = SkillHarness.withDefaults(new RecordingSmsSender()).invoke(envelope);

        assertThat(heard.speech())
                .as(Events.request(envelope).path("arguments").toString())
                .startsWith(speech.get(Phrase.FALLBACK))
                .doesNotContain(speech.get(Phrase.ERROR_APOLOGY));
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.showsScreen()).isFalse();
        assertThat(heard.envelope().toString())
                .doesNotContain(EnvelopeMutator.MARKER)
                .doesNotContain("+15555550123");
    }

    private static List<String> strings(List<Object> arguments) {
        ArrayNode node = MAPPER.valueToTree(arguments);
        List<String> strings = new ArrayList<>();
        node.forEach(n -> strings.add(n.asText()));
        return strings;
    }
}
