package org.relapseguide.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed text becomes the intent and slots Alexa would send, from the interaction model alone. */
class UtteranceMatcherTest {
    private final UtteranceMatcher matcher = UtteranceMatcher.bundled("en-US");

    @ParameterizedTest
    @CsvSource({
        "why did it come back?, TopicIntent, why_relapse",
        "What is blinatumomab?, TopicIntent, blinatumomab",
        "is CAR T an option for my daughter, TopicIntent, car_t",
        "what does MRD mean, TopicIntent, mrd",
        "text that to me, TextDetailsIntent, ",
        "text me about car t, TextDetailsIntent, car_t",
        "tell me more, MoreIntent, ",
        "yes, AMAZON.YesIntent, ",
        "start over, AMAZON.StartOverIntent, ",
        "stop, AMAZON.StopIntent, ",
        "my child has a fever, EmergencyIntent, ",
        "what can I ask, ListTopicsIntent, ",
    })
    void caregivers_phrasings_match_the_intent_alexa_would_send(String typed, String intent, String topicId) {
        UtteranceMatcher.Match match = matcher.match(typed);

        assertThat(match.intent()).isEqualTo(intent);
        if (topicId != null) {
            assertThat(match.slots().get("topic").resolvedId()).isEqualTo(topicId);
        }
    }

    @Test
    void an_emergency_sign_resolves_to_its_id() {
        assertThat(matcher.match("she is having a seizure").slots().get("sign").resolvedId())
                .isEqualTo("seizure");
    }

    @Test
    void a_topic_said_inside_an_unmodelled_sentence_is_still_heard() {
        UtteranceMatcher.Match match = matcher.match("so the doctors want to do a stem cell transplant next month");

        assertThat(match.intent()).isEqualTo("TopicIntent");
        assertThat(match.slots().get("topic").resolvedId()).isEqualTo("stem_cell_transplant");
    }

    @Test
    void a_topic_inside_an_unresolved_slot_keeps_the_intent_that_was_asked() {
        UtteranceMatcher.Match match = matcher.match("text me the details about the stem cell transplant please");

        assertThat(match.intent()).isEqualTo("TextDetailsIntent");
        assertThat(match.slots().get("topic").resolvedId()).isEqualTo("stem_cell_transplant");
    }

    @Test
    void text_that_matches_nothing_becomes_fallback_as_on_a_device() {
        assertThat(matcher.match("play some jazz").intent()).isEqualTo("AMAZON.FallbackIntent");
    }

    @Test
    void an_unknown_topic_in_a_topic_question_is_sent_unresolved() {
        UtteranceMatcher.Match match = matcher.match("what is the weather");

        assertThat(match.intent()).isEqualTo("TopicIntent");
        assertThat(match.slots().get("topic").resolved()).isFalse();
        assertThat(match.slots().get("topic").value()).endsWith("weather");
    }
}
