package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.testing.CapturedLogs;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.Speech;

/**
 * Whole questions in a caregiver's own words, as Alexa sends them (the opening words kept out of a SearchQuery slot),
 * through the Lambda entry point: what the caregiver hears.
 */
class FreeQuestionTest {
    private final ContentSet content = ContentFile.bundled("en-US");
    private final Speech speech = Speech.load("en-US");
    private final SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());

    private static ObjectNode asked(IntentName intent, String words) {
        return Events.asInTheFiles()
                .intent(intent.modelName(), Envelopes.Slot.plain(SlotName.QUERY.modelName(), words));
    }

    private static ObjectNode asked(IntentName intent, String words, JsonNode sessionAttributes) {
        ObjectNode envelope = asked(intent, words);
        envelope.with("session").put("new", false).set("attributes", sessionAttributes);
        return envelope;
    }

    private String answerOf(String topicId) {
        return content.topic(topicId).orElseThrow().answer();
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "CHILD_STATEMENT | keeps asking me why the leukemia came back and I don't know what to say | why_relapse",
                "WHAT_QUESTION | is the difference between relapsed and refractory | relapsed_vs_refractory",
                "HOW_QUESTION | do they measure m r d | mrd_testing",
                "WHAT_QUESTION | is blinna to mo mab | blinatumomab",
                "IS_QUESTION | kim rya the same thing as car t | kymriah",
                "REPORTED | she needs a haplo transplant what does haplo mean | haploidentical",
            })
    void a_question_in_a_caregivers_words_gets_its_topics_answer(IntentName intent, String words, String topicId) {
        Heard heard = skill.invoke(asked(intent, words));

        assertThat(heard.speech()).startsWith(answerOf(topicId));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "PATIENT_STATEMENT | fainted in the bathroom and now he's really hard to wake",
                "CHILD_STATEMENT | is screaming that her belly hurts so bad she can't stand up",
                "PATIENT_STATEMENT | feels really hot and she's still on the blinatumomab pump",
                "CHILD_STATEMENT | has a nosebleed that won't stop",
                "ADULT_STATEMENT | is talking nonsense and doesn't know where he is",
                "QUESTION | his lips look kind of blue and he's breathing funny",
                "BLEEDING_STATEMENT | from his nose and it won't stop",
                "PAIN_STATEMENT | and holding his belly",
                "BREATHING_STATEMENT | really fast and her lips look blue",
                "FEVER_STATEMENT | of a hundred and two and he just finished his chemo on monday",
                "POSSESSIVE_STATEMENT | lips look kind of blue and she is breathing really fast",
                "NAMED_STATEMENT | passed out in the bathroom and he's really pale",
                "LIPS_STATEMENT | look kind of gray and she's breathing really fast",
                "THERMOMETER_STATEMENT | thirty eight point nine he's on maintenance chemo",
                "HAS_STATEMENT | a fever of a hundred and one and she's on chemo",
            })
    void an_emergency_described_in_plain_words_gets_the_emergency_answer_first(IntentName intent, String words) {
        Heard heard = skill.invoke(asked(intent, words));

        assertThat(heard.speech()).startsWith(speech.get(Phrase.EMERGENCY_LEAD));
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "CAREGIVER_STATEMENT | am so confused about all these MRD tests",
                "CAREGIVER_STATEMENT | can't breathe when I think about the relapse, I'm so scared",
                "WHAT_QUESTION | does Philadelphia positive change about treatment",
                "WHAT_QUESTION | is a normal platelet count",
                "IS_QUESTION | fever a side effect of CAR T",
                "BLEEDING_STATEMENT | easily when her platelets are low, is that normal",
                "BREATHING_STATEMENT | exercises for stress, do they help",
                "FEVER_STATEMENT | a side effect of blinatumomab",
                "THERMOMETER_STATEMENT | says ninety eight point six",
                "THERMOMETER_STATEMENT | broke last night which kind should i buy",
                "HAS_STATEMENT | anyone survived a second relapse",
                "POSSESSIVE_STATEMENT | little brother has a fever with the flu, should he stay away from her while she's in"
                        + " treatment",
            })
    void a_feeling_or_a_medical_word_is_not_an_emergency_and_the_conversation_goes_on(IntentName intent, String words) {
        Heard heard = skill.invoke(asked(intent, words));

        assertThat(heard.speech()).doesNotStartWith(speech.get(Phrase.EMERGENCY_LEAD));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "IF_QUESTION | she gets a fever what do I do",
                "WHEN_QUESTION | he has a fever on chemo what should we do",
                "WHAT_QUESTION | should I do if my child gets a fever during treatment",
            })
    void what_to_do_about_a_sign_not_happening_now_is_answered_with_the_emergencies_topic_and_the_conversation_goes_on(
            IntentName intent, String words) {
        Heard heard = skill.invoke(asked(intent, words));

        assertThat(heard.speech()).startsWith(answerOf("emergency_signs"));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SHOULD_QUESTION | we stop her maintenance pills for her birthday weekend | DECLINE_ADVICE",
                "CAN_QUESTION | I give him his six mp with milk | DECLINE_ADVICE",
                "WILL_QUESTION | my daughter survive this | DECLINE_ADVICE",
                "DO_QUESTION | insurance pay for car t | DECLINE_MONEY",
                "WHAT_QUESTION | hospital is best for a transplant | DECLINE_CARE_CHOICE",
                "CAN_QUESTION | she go back to school during treatment | NOT_YET",
                "WHAT_QUESTION | is the weather tomorrow | DECLINE_UNRELATED",
            })
    void advice_and_off_scope_questions_get_an_honest_answer_never_a_topic(
            IntentName intent, String words, Phrase phrase) {
        Heard heard = skill.invoke(asked(intent, words));

        assertThat(heard.speech()).startsWith(speech.get(phrase));
        assertThat(heard.cardTitle()).isEmpty();
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void a_decline_suggests_the_topics_closest_to_what_was_asked_not_a_fixed_list() {
        Heard transplant = skill.invoke(asked(IntentName.SHOULD_QUESTION, "we do the transplant or wait"));
        Heard survival = skill.invoke(asked(IntentName.WILL_QUESTION, "my son survive the relapse"));

        assertThat(transplant.speech())
                .contains(content.topic("stem_cell_transplant").orElseThrow().title());
        assertThat(survival.speech())
                .contains(content.topic("outlook_children").orElseThrow().title());
        assertThat(transplant.speech()).isNotEqualTo(survival.speech());
    }

    @Test
    void what_was_not_answered_is_logged_with_names_and_numbers_replaced() throws Exception {
        try (CapturedLogs logs = new CapturedLogs()) {
            skill.invoke(asked(IntentName.CAN_QUESTION, "Jaxon go back to school on the 14th with his port"));

            // The words the lines carry, not their timestamps or latencies, which may hold the digits 14 by chance.
            assertThat(logs.all()).contains("Unanswered question").doesNotContain("Jaxon");
            for (String line : logs.lines()) {
                JsonNode fields = ContentFile.mapper().readTree(line);
                assertThat(fields.path("words").asText()).doesNotContain("14");
                assertThat(fields.path("message").asText().replaceAll("latencyMs=[0-9.]+", ""))
                        .doesNotContain("14");
            }
            assertThat(logs.lines()).anyMatch(line -> line.contains("go back to school"));
        }
    }

    @Test
    void a_follow_up_is_read_against_the_topic_being_discussed() {
        Heard carT = skill.invoke(Events.topicQuestion("car_t", "car t"));

        Heard heard = skill.invoke(asked(IntentName.QUESTION, "and the side effects", carT.sessionAttributes()));

        assertThat(heard.speech())
                .satisfiesAnyOf(
                        speech -> assertThat(speech).startsWith(answerOf("crs")),
                        speech -> assertThat(speech).startsWith(answerOf("icans")));
    }

    @Test
    void a_close_call_asks_did_you_mean_yes_answers_it_and_no_offers_the_next_best() {
        Heard asked = skill.invoke(asked(IntentName.QUESTION, "the mrd numbers"));
        assertThat(asked.speech())
                .startsWith(speech.get(Phrase.CLARIFY, "topic", "").replace("?", ""));
        String proposed = asked.sessionAttributes().path("proposed").asText();
        String alternative = asked.sessionAttributes().path("alternative").asText();
        assertThat(proposed).isIn("mrd", "mrd_testing");

        ObjectNode yes = Events.asInTheFiles().intent(IntentName.YES.modelName());
        yes.with("session").put("new", false).set("attributes", asked.sessionAttributes());
        assertThat(skill.invoke(yes).speech()).startsWith(answerOf(proposed));

        ObjectNode no = Events.asInTheFiles().intent(IntentName.NO.modelName());
        no.with("session").put("new", false).set("attributes", asked.sessionAttributes());
        Heard next = skill.invoke(no);
        assertThat(next.speech())
                .contains(content.topic(alternative).orElseThrow().title())
                .doesNotContain(content.topic(proposed).orElseThrow().title());
        assertThat(next.keepsSessionOpen()).isTrue();
    }
}
