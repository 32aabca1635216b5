package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;

/** An emergency sign, wherever it is said, is answered first with "call your care team or emergency services now". */
class EmergencyTest {
    private static final String LEAD = "Call your care team or emergency services now.";
    private final SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());

    @Test
    void reporting_a_fever_is_answered_first_with_call_now() {
        Heard heard = skill.invoke("emergency-fever");

        assertThat(heard.firstSentence()).isEqualTo(LEAD);
        assertThat(heard.endsSession()).isTrue();
    }

    @Test
    void emergency_words_inside_a_topic_question_still_come_first() {
        Heard heard = skill.invoke("topic-with-emergency-words");

        assertThat(heard.firstSentence()).isEqualTo(LEAD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"bleeding", "trouble breathing", "a seizure", "confused", "severe pain", "my son can't breathe"})
    void every_emergency_sign_in_any_slot_comes_first(String said) {
        ObjectNode envelope = Events.load("topic-unknown");
        ((ObjectNode) Events.request(envelope).path("intent").path("slots").path("topic")).put("value", said);

        assertThat(skill.invoke(envelope).firstSentence()).isEqualTo(LEAD);
    }

    @Test
    void emergency_words_in_a_text_request_come_before_any_text() {
        RecordingSmsSender sms = new RecordingSmsSender();
        SkillHarness texting = SkillHarness.withDefaults(sms);
        ObjectNode envelope = Events.load("text-details-about-car-t");
        ((ObjectNode) Events.request(envelope).path("intent").path("slots").path("topic"))
                .put("value", "my daughter has a fever")
                .remove("resolutions");

        assertThat(texting.invoke(envelope).firstSentence()).isEqualTo(LEAD);
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void words_alexa_resolved_to_a_topic_but_that_are_not_one_of_its_names_are_still_read_for_an_emergency() {
        // Alexa's entity resolution may match words near a name; only the exact name skips the emergency reading.
        Heard heard = skill.invoke(Events.topicQuestion("icans", "trouble talking after car t"));

        assertThat(heard.firstSentence()).isEqualTo(LEAD);
    }

    @ParameterizedTest
    @CsvSource({"icans, neurotoxicity", "crs, cytokine storm", "infections_low_counts, febrile neutropenia"})
    void a_topic_asked_for_by_one_of_its_names_is_answered_without_an_alarm(String topicId, String name) {
        Heard heard = skill.invoke(Events.topicQuestion(topicId, name));

        assertThat(heard.speech()).doesNotContain(LEAD);
        assertThat(heard.endsSession()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"CannotIntent, breathe", "CannotIntent, wake him up", "WontIntent, wake up", "WontIntent, stop bleeding"
    })
    void a_sign_said_with_cant_or_wont_and_no_subject_keeps_its_negation(String intent, String words) {
        // "can't breathe" reaches the skill as the opening's intent and "breathe": read as "can breathe", it was
        // declined.
        ObjectNode envelope = Events.load("statement-cannot");
        ObjectNode request = Events.request(envelope);
        ((ObjectNode) request.path("intent")).put("name", intent);
        ((ObjectNode) request.path("intent").path("slots").path("query")).put("value", words);

        assertThat(skill.invoke(envelope).firstSentence()).isEqualTo(LEAD);
    }

    @Test
    void an_ordinary_question_does_not_raise_the_alarm() {
        assertThat(skill.invoke("topic-blinatumomab").speech()).doesNotContain(LEAD);
    }
}
