package org.relapseguide.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.relapseguide.SkillFactory;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.alexa.Envelopes.Slot;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.content.Topic;
import org.relapseguide.local.Conversation;
import org.relapseguide.local.TouchTargets;
import org.relapseguide.local.UtteranceMatcher;
import org.relapseguide.sms.PhoneLookup;
import org.relapseguide.sms.SimulatedPhoneNumbers;
import org.relapseguide.sms.SmsException;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.testing.EnvelopeMutator;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.Speech;

/** What an Echo Show shows beside the speech, turn by turn, through the Lambda entry point. */
class ScreenTest {
    private final ContentSet content = ContentFile.bundled("en-US");
    private final Speech speech = Speech.load("en-US");
    private final UtteranceMatcher matcher = UtteranceMatcher.bundled("en-US");
    private final SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());

    private Topic topic(String id) {
        return content.topic(id).orElseThrow();
    }

    private Conversation onAShow(SkillHarness harness) {
        return new Conversation(harness.handler(), "en-US", true);
    }

    private Heard say(Conversation conversation, String words) throws IOException {
        return new Heard(conversation.say(matcher.match(words)));
    }

    /** Touches what the screen shows under this label, as the device would send it. */
    static Heard touch(Conversation conversation, Heard shown, String label) throws IOException {
        TouchTargets.Target target = TouchTargets.of(shown.screen()).stream()
                .filter(t -> t.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Nothing labelled " + label + " on " + shown.screenName()));
        return new Heard(conversation.touch(target.token(), target.arguments()));
    }

    /** The labels of what can be touched on the screen shown. */
    static List<String> labels(Heard shown) {
        return TouchTargets.of(shown.screen()).stream()
                .map(TouchTargets.Target::label)
                .toList();
    }

    @Test
    void a_device_without_a_screen_gets_exactly_the_response_it_got_before() {
        Heard withoutScreen = skill.invoke("topic-blinatumomab");
        Heard onAScreen = skill.invoke("screen-topic-blinatumomab");

        assertThat(withoutScreen.showsScreen()).isFalse();
        assertThat(withoutScreen.response().has("directives")).isFalse();
        assertThat(onAScreen.showsScreen()).isTrue();
        ObjectNode spokenPart = onAScreen.envelope().deepCopy();
        ((ObjectNode) spokenPart.path("response")).remove("directives");
        assertThat(spokenPart).isEqualTo(withoutScreen.envelope());
    }

    @Test
    void an_answer_shows_the_title_the_words_just_spoken_the_source_and_review_and_what_to_say_next()
            throws IOException {
        Topic blinatumomab = topic("blinatumomab");

        Heard heard = say(onAShow(skill), "what is blinatumomab");

        assertThat(heard.screenName()).isEqualTo("answer");
        JsonNode shown = heard.screenData();
        assertThat(shown.path("title").asText()).isEqualTo(blinatumomab.title());
        assertThat(shown.path("category").asText()).isEqualTo(speech.get(Phrase.SCREEN_CATEGORY_TREATMENT));
        assertThat(shown.path("text").asText()).isEqualTo(blinatumomab.answer());
        assertThat(heard.speech()).startsWith(shown.path("text").asText());
        assertThat(shown.path("source").asText())
                .isEqualTo("Source: "
                        + content.primarySource(blinatumomab).orElseThrow().title());
        assertThat(shown.path("reviewed").asText())
                .isEqualTo(
                        "Written from this source on " + blinatumomab.written() + ". Not yet reviewed by a clinician.");
        assertThat(labels(heard)).containsExactly("Tell me more", "Text me this", "Other topics");
    }

    @Test
    void tell_me_more_replaces_the_text_with_the_follow_up_and_repeat_shows_it_again() throws IOException {
        Topic blinatumomab = topic("blinatumomab");
        Conversation show = onAShow(skill);
        say(show, "what is blinatumomab");

        Heard more = say(show, "tell me more");
        Heard repeated = say(show, "repeat that");

        assertThat(more.screenData().path("text").asText())
                .isEqualTo(blinatumomab.more().get(0));
        assertThat(more.screenData().path("next").asText()).isEqualTo("1");
        assertThat(repeated.speech()).isEqualTo(more.speech());
        assertThat(repeated.screen()).isEqualTo(more.screen());
    }

    @Test
    void the_last_follow_up_has_no_more_button_and_asking_for_more_then_says_there_is_none() throws IOException {
        Topic blinatumomab = topic("blinatumomab");
        Conversation show = onAShow(skill);
        Heard shown = say(show, "what is blinatumomab");
        for (int i = 0; i < blinatumomab.more().size(); i++) {
            shown = touch(show, shown, "Tell me more");
        }

        Heard noMore = say(show, "tell me more");

        assertThat(shown.screenData().path("text").asText())
                .isEqualTo(blinatumomab.more().get(blinatumomab.more().size() - 1));
        assertThat(labels(shown)).containsExactly("Text me this", "Other topics");
        assertThat(noMore.screenData().path("text").asText())
                .isEqualTo(speech.get(Phrase.NO_MORE, "topic", blinatumomab.title()));
        assertThat(labels(noMore)).containsExactly("Text me this", "Other topics");
    }

    @Test
    void a_deployment_that_cannot_text_shows_no_text_button() throws IOException {
        SkillHarness noTexting = new SkillHarness(SkillFactory.Ports.of(InMemoryContentRepository.bundled()));

        Heard heard = say(onAShow(noTexting), "what is blinatumomab");

        assertThat(labels(heard)).containsExactly("Tell me more", "Other topics");
    }

    @Test
    void the_welcome_shows_the_disclaimer_and_example_questions_and_each_asks_its_topic() throws IOException {
        Conversation show = onAShow(skill);
        Heard welcome = new Heard(show.launch());

        Heard asked = touch(show, welcome, "What is CAR T?");

        assertThat(welcome.screenName()).isEqualTo("welcome");
        assertThat(welcome.screenData().path("intro").asText()).isEqualTo(speech.get(Phrase.WELCOME));
        assertThat(welcome.screenData().path("disclaimer").asText()).isEqualTo(speech.get(Phrase.DISCLAIMER));
        assertThat(labels(welcome))
                .containsExactly("Why did it come back?", "What is CAR T?", "What does MRD mean?", "All topics");
        assertThat(asked.speech()).startsWith(topic("car_t").answer());
        assertThat(asked.screenData().path("topicId").asText()).isEqualTo("car_t");
    }

    @Test
    void help_and_start_over_show_the_welcome_screen_with_what_was_just_said() throws IOException {
        Conversation show = onAShow(skill);
        say(show, "what is blinatumomab");

        Heard help = say(show, "help");
        Heard startOver = say(show, "start over");

        assertThat(help.screenName()).isEqualTo("welcome");
        assertThat(help.screenData().path("intro").asText()).isEqualTo(speech.get(Phrase.HELP));
        assertThat(startOver.screenName()).isEqualTo("welcome");
        assertThat(startOver.screenData().path("intro").asText()).isEqualTo(speech.get(Phrase.START_OVER));
    }

    @Test
    void the_topics_screen_lists_the_categories_and_a_category_lists_its_topics_to_touch() throws IOException {
        Conversation show = onAShow(skill);
        Heard topics = say(show, "what can you tell me about");

        Heard treatments = touch(show, topics, "Treatments");
        Heard back = touch(show, treatments, "Back to topics");

        assertThat(topics.screenName()).isEqualTo("topics");
        assertThat(labels(topics))
                .containsExactly(
                        "The basics",
                        "Why it comes back",
                        "Treatments",
                        "Side effects",
                        "Outlook",
                        "Support",
                        "Words and terms");
        assertThat(treatments.screenName()).isEqualTo("category");
        assertThat(treatments.speech()).isEqualTo(speech.get(Phrase.PICK_TOPIC));
        assertThat(labels(treatments))
                .containsExactlyElementsOf(Stream.concat(
                                Stream.of("Back to topics"),
                                content.topics().stream()
                                        .filter(t -> t.category() == Category.TREATMENT)
                                        .map(Topic::title))
                        .toList());
        assertThat(back.screenName()).isEqualTo("topics");
    }

    @Test
    void an_emergency_fills_the_screen_with_call_now_and_911_and_has_nothing_to_touch() {
        Heard heard = skill.invoke("screen-emergency-fever");

        assertThat(heard.screenName()).isEqualTo("emergency");
        assertThat(heard.screenData().path("lead").asText()).isEqualTo(speech.get(Phrase.EMERGENCY_LEAD));
        assertThat(heard.screenData().path("number").asText()).isEqualTo("911");
        assertThat(labels(heard)).isEmpty();
        assertThat(heard.screen().path("document").toString())
                .doesNotContain("SendEvent")
                .doesNotContain("\"import\"");
        assertThat(heard.endsSession()).isTrue();
    }

    @Test
    void a_text_sent_shows_the_same_words_the_speech_says() throws IOException {
        Conversation show = onAShow(skill);
        Heard answer = say(show, "what is blinatumomab");

        Heard texted = touch(show, answer, "Text me this");

        assertThat(texted.screenName()).isEqualTo("answer");
        assertThat(texted.screenData().path("text").asText())
                .isEqualTo(speech.get(
                        Phrase.TEXT_SENT, "topic", topic("blinatumomab").title(), "digits", "47"));
        assertThat(texted.speech()).startsWith(texted.screenData().path("text").asText());
        assertThat(labels(texted)).containsExactly("Other topics");
    }

    @Test
    void a_text_that_could_not_be_sent_shows_the_same_honest_words_the_speech_says() throws Exception {
        SmsSender failing = mock(SmsSender.class);
        when(failing.send(anyString(), anyString())).thenThrow(new SmsException("throttled"));
        SkillHarness failingSkill = new SkillHarness(
                InMemoryContentRepository.bundled(),
                new SimulatedPhoneNumbers(PhoneLookup.found(SkillHarness.PHONE)),
                failing);

        Heard texted = say(onAShow(failingSkill), "text me about blinatumomab");

        assertThat(texted.screenData().path("text").asText()).isEqualTo(speech.get(Phrase.TEXT_SEND_FAILED));
        assertThat(texted.speech()).startsWith(speech.get(Phrase.TEXT_SEND_FAILED));
        assertThat(texted.screen().toString()).doesNotContain("Done");
    }

    @Test
    void alexas_own_consent_question_takes_the_turn_without_a_screen_of_the_skills() throws IOException {
        SkillHarness noConsent = new SkillHarness(
                InMemoryContentRepository.bundled(),
                new SimulatedPhoneNumbers(PhoneLookup.of(PhoneLookup.Status.NO_CONSENT)),
                new RecordingSmsSender());

        Heard asking = say(onAShow(noConsent), "text me about blinatumomab");

        assertThat(asking.response().path("directives").toString()).contains("Connections.StartConnection");
        assertThat(asking.showsScreen()).isFalse();
    }

    @Test
    void a_device_whose_apl_runtime_is_older_than_the_documents_gets_speech_only() {
        ObjectNode interfaces = Envelopes.screenInterfaces();
        ((ObjectNode) interfaces.path("Alexa.Presentation.APL").path("runtime")).put("maxVersion", "1.9");

        Heard heard = skill.invoke(Events.asInTheFiles()
                .supportedInterfaces(interfaces)
                .intent(IntentName.TOPIC.modelName(), blinatumomab()));

        assertThat(heard.showsScreen()).isFalse();
        assertThat(heard.speech()).startsWith(topic("blinatumomab").answer());
    }

    @Test
    void nothing_a_request_carries_is_shown_only_the_skills_own_words() {
        String heardWords = EnvelopeMutator.MARKER + " blinatumomab <b>&";
        ObjectNode envelope = Events.onAScreen()
                .intent(
                        IntentName.TOPIC.modelName(),
                        Slot.matched(
                                SlotName.TOPIC.modelName(),
                                heardWords,
                                SlotName.TOPIC.typeName(),
                                "blinatumomab",
                                heardWords));
        Events.sessionAttributes(envelope)
                .put("topic", "blinatumomab")
                .put("said", "a:blinatumomab;p:" + EnvelopeMutator.SESSION_MARKER)
                .put("foreign", EnvelopeMutator.SESSION_MARKER);

        Heard heard = skill.invoke(envelope);

        assertThat(heard.showsScreen()).isTrue();
        assertThat(heard.screen().toString())
                .doesNotContain(EnvelopeMutator.MARKER)
                .doesNotContain(EnvelopeMutator.SESSION_MARKER)
                .doesNotContain("<b>");
    }

    @Test
    void the_words_on_every_answer_screen_are_the_words_spoken() {
        for (Topic topic : content.topics()) {
            Heard heard = skill.invoke(Events.onAScreen()
                    .intent(
                            IntentName.TOPIC.modelName(),
                            Slot.matched(
                                    SlotName.TOPIC.modelName(),
                                    topic.spokenName(),
                                    SlotName.TOPIC.typeName(),
                                    topic.id(),
                                    topic.spokenName())));
            if (heard.screenName().equals("emergency")) {
                // Only the safety topic, which opens with the emergency sentence, is answered with the call-now screen.
                assertThat(topic.category()).as(topic.id()).isEqualTo(Category.SAFETY);
                continue;
            }
            assertThat(heard.screenData().path("text").asText()).as(topic.id()).isEqualTo(topic.answer());
            assertThat(heard.speech()).as(topic.id()).startsWith(topic.answer());
        }
    }

    private static Slot blinatumomab() {
        return Slot.matched(
                SlotName.TOPIC.modelName(), "blinatumomab", SlotName.TOPIC.typeName(), "blinatumomab", "blinatumomab");
    }
}
