package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;

/** The conversation, turn by turn, through the Lambda entry point with the real envelopes in {@code events/}. */
class ConversationTest {
    private final ContentSet content = ContentFile.bundled("en-US");
    private final Speech speech = Speech.load("en-US");
    private final RecordingSmsSender sms = new RecordingSmsSender();
    private final SkillHarness skill = SkillHarness.withDefaults(sms);

    private Topic topic(String id) {
        return content.topic(id).orElseThrow();
    }

    @Test
    void launch_welcomes_says_it_is_not_medical_advice_and_gives_two_examples() {
        Heard heard = skill.invoke("launch");

        assertThat(heard.speech())
                .startsWith(speech.get(Phrase.WELCOME))
                .contains("not medical advice")
                .contains("why did it come back?")
                .contains("what is CAR T?");
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.reprompt()).isEqualTo(speech.get(Phrase.WHAT_TO_ASK));
    }

    @Test
    void asking_about_blinatumomab_gives_the_short_answer_then_one_offer() {
        Heard heard = skill.invoke("topic-blinatumomab");

        assertThat(heard.speech())
                .isEqualTo(topic("blinatumomab").answer() + " " + speech.get(Phrase.OFFER_MORE_OR_TEXT));
        assertThat(heard.reprompt()).isEqualTo(speech.get(Phrase.OFFER_MORE_OR_TEXT_REPROMPT));
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.sessionAttributes().path("topic").asText()).isEqualTo("blinatumomab");
        assertThat(heard.sessionAttributes().path("offer").asText()).isEqualTo("MORE_OR_TEXT");
    }

    @Test
    void the_card_carries_the_answer_its_source_and_says_no_clinician_has_reviewed_it_yet() {
        Heard heard = skill.invoke("topic-blinatumomab");

        Topic blinatumomab = topic("blinatumomab");
        assertThat(heard.cardTitle()).isEqualTo(blinatumomab.title());
        assertThat(heard.cardText())
                .contains(blinatumomab.answer())
                .contains(content.primarySource(blinatumomab).orElseThrow().url())
                .contains(
                        "Written from this source on " + blinatumomab.written() + ". Not yet reviewed by a clinician.")
                .doesNotContain("Reviewed");
    }

    @Test
    void hard_drug_names_are_spoken_with_their_pronunciation() {
        Heard heard = skill.invoke("topic-blinatumomab");

        assertThat(heard.ssml()).contains("<sub alias=\"blin uh TOOM oh mab\">Blinatumomab</sub>");
    }

    @Test
    void asking_if_car_t_is_an_option_answers_about_car_t() {
        Heard heard = skill.invoke("topic-car-t-for-my-daughter");

        assertThat(heard.speech()).startsWith(topic("car_t").answer());
    }

    @Test
    void a_question_about_something_else_is_declined_honestly_with_suggestions_and_the_session_stays_open() {
        Heard heard = skill.invoke("topic-unknown");

        assertThat(heard.speech())
                .startsWith(speech.get(Phrase.DECLINE_UNRELATED))
                .contains("You could ask about");
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.hasReprompt()).isTrue();
    }

    @Test
    void a_topic_question_with_no_topic_asks_what_to_talk_about() {
        Heard heard = skill.invoke("topic-missing-slot");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.WHICH_TOPIC));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void more_gives_the_first_follow_up_and_remembers_it_was_heard() {
        Heard heard = skill.invoke("more-after-answer");

        assertThat(heard.speech()).startsWith(topic("blinatumomab").more().get(0));
        assertThat(heard.sessionAttributes().path("moreHeard").asInt()).isEqualTo(1);
    }

    @Test
    void yes_to_hear_more_gives_the_follow_up() {
        Heard heard = skill.invoke("yes-to-more-or-text");

        assertThat(heard.speech()).startsWith(topic("blinatumomab").more().get(0));
    }

    @Test
    void when_the_follow_ups_run_out_it_says_so_and_offers_the_text() {
        ObjectNode envelope = Events.load("more-after-answer");
        Events.sessionAttributes(envelope)
                .put("moreHeard", topic("blinatumomab").more().size());

        Heard heard = skill.invoke(envelope);

        assertThat(heard.speech())
                .isEqualTo(speech.get(
                                Phrase.NO_MORE, "topic", topic("blinatumomab").title()) + " "
                        + speech.get(Phrase.OFFER_TEXT));
        assertThat(heard.sessionAttributes().path("offer").asText()).isEqualTo("TEXT");
    }

    @Test
    void more_with_no_topic_yet_asks_what_to_talk_about() {
        Heard heard = skill.invoke("more-without-topic");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.WHICH_TOPIC));
    }

    @Test
    void yes_to_the_text_offer_texts_the_details() {
        Heard heard = skill.invoke("yes-to-text");

        assertThat(heard.speech())
                .startsWith("Done. I've texted the details on "
                        + topic("blinatumomab").title() + " to your phone ending in 47.");
        assertThat(sms.sent()).hasSize(1);
    }

    @Test
    void yes_with_nothing_offered_asks_what_to_know() {
        Heard heard = skill.invoke("yes-without-offer");

        assertThat(heard.speech()).contains(speech.get(Phrase.WHAT_TO_ASK));
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void no_to_an_offer_asks_what_else_and_keeps_listening() {
        Heard heard = skill.invoke("no-to-offer");

        assertThat(heard.speech()).isEqualTo(speech.get(Phrase.OKAY) + " " + speech.get(Phrase.WHAT_ELSE));
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.sessionAttributes().path("offer").asText()).isEqualTo("NONE");
    }

    @Test
    void no_when_nothing_was_offered_says_goodbye() {
        Heard heard = skill.invoke("no-without-offer");

        assertThat(heard.speech()).isEqualTo(speech.get(Phrase.GOODBYE));
        assertThat(heard.endsSession()).isTrue();
    }

    @Test
    void repeat_says_the_last_thing_again_and_keeps_the_offer() {
        Heard heard = skill.invoke("repeat");

        assertThat(heard.speech())
                .isEqualTo(topic("blinatumomab").answer() + " " + speech.get(Phrase.OFFER_MORE_OR_TEXT));
        assertThat(heard.sessionAttributes().path("offer").asText()).isEqualTo("MORE_OR_TEXT");
    }

    @Test
    void repeat_before_anything_was_said_says_there_is_nothing_to_repeat() {
        Heard heard = skill.invoke("repeat-before-anything-said");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.NOTHING_TO_REPEAT));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void a_whole_conversation_repeats_exactly_what_was_last_said() {
        Heard answer = skill.invoke("topic-blinatumomab");
        ObjectNode repeat = Events.load("repeat");
        repeat.with("session").set("attributes", answer.sessionAttributes());

        Heard heard = skill.invoke(repeat);

        assertThat(heard.ssml()).isEqualTo(answer.ssml());
        assertThat(heard.reprompt()).isEqualTo(answer.reprompt());
    }

    @Test
    void help_explains_in_one_breath_and_listens() {
        Heard heard = skill.invoke("help");

        assertThat(heard.speech()).isEqualTo(speech.get(Phrase.HELP));
        assertThat(heard.speech().split("\\s+")).hasSizeLessThanOrEqualTo(40);
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void stop_ends_politely_even_in_the_middle_of_an_offer() {
        Heard heard = skill.invoke("stop");

        assertThat(heard.speech()).isEqualTo(speech.get(Phrase.GOODBYE));
        assertThat(heard.endsSession()).isTrue();
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void cancel_ends_politely() {
        Heard heard = skill.invoke("cancel");

        assertThat(heard.speech()).isEqualTo(speech.get(Phrase.GOODBYE));
        assertThat(heard.endsSession()).isTrue();
    }

    @Test
    void fallback_says_so_honestly_suggests_topics_and_keeps_the_session_open() {
        Heard heard = skill.invoke("fallback");

        assertThat(heard.speech())
                .startsWith(speech.get(Phrase.FALLBACK))
                .contains(topic("relapsed_b_all").title());
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.hasReprompt()).isTrue();
    }

    @Test
    void an_intent_the_skill_does_not_know_is_treated_as_fallback() {
        Heard heard = skill.invoke("unknown-intent");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.FALLBACK));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void start_over_forgets_the_topic_and_asks_afresh() {
        Heard heard = skill.invoke("start-over");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.START_OVER));
        assertThat(heard.sessionAttributes().has("topic")).isFalse();
    }

    @Test
    void navigate_home_starts_over() {
        Heard heard = skill.invoke("navigate-home");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.START_OVER));
    }

    @Test
    void listing_topics_speaks_briefly_and_puts_every_topic_on_a_card() {
        Heard heard = skill.invoke("list-topics");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.LIST_TOPICS));
        assertThat(heard.cardText())
                .contains(content.topics().stream().map(Topic::title).toList());
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void session_ended_returns_no_speech() {
        assertThat(skill.invoke("session-ended").ssml()).isEmpty();
        assertThat(skill.invoke("session-ended-error").ssml()).isEmpty();
    }

    @Test
    void an_intent_request_without_an_intent_gets_a_kind_answer_not_a_crash() {
        Heard heard = skill.invoke("malformed-intent-request-without-intent");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.FALLBACK));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void every_turn_that_keeps_the_session_open_has_a_reprompt() {
        for (String event : Events.names()) {
            if (event.startsWith("wrong-skill-id")
                    || event.startsWith("can-fulfill")
                    || event.startsWith("session-ended")
                    || event.startsWith("regression-")) {
                continue;
            }
            Heard heard = skill.invoke(event);
            if (!heard.endsSession()) {
                assertThat(heard.hasReprompt()).as("reprompt after %s", event).isTrue();
            }
        }
    }
}
