package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;

/**
 * Name-free discovery: YES for topics and questions the skill answers, MAYBE when it would ask which was meant, NO for
 * what it would decline, and no side effects.
 */
class CanFulfillTest {
    private final RecordingSmsSender sms = new RecordingSmsSender();
    private final SkillHarness skill = SkillHarness.withDefaults(sms);

    @Test
    void a_topic_the_skill_has_can_be_fulfilled() {
        JsonNode answer = skill.invoke("can-fulfill-topic").response().path("canFulfillIntent");

        assertThat(answer.path("canFulfill").asText()).isEqualTo("YES");
        assertThat(answer.path("slots").path("topic").path("canUnderstand").asText())
                .isEqualTo("YES");
        assertThat(answer.path("slots").path("topic").path("canFulfill").asText())
                .isEqualTo("YES");
    }

    @Test
    void a_topic_the_skill_lacks_cannot() {
        JsonNode answer = skill.invoke("can-fulfill-unknown-topic").response().path("canFulfillIntent");

        assertThat(answer.path("canFulfill").asText()).isEqualTo("NO");
        assertThat(answer.path("slots").path("topic").path("canFulfill").asText())
                .isEqualTo("NO");
    }

    @Test
    void other_intents_cannot_and_nothing_is_sent_or_said() {
        Heard heard = skill.invoke("can-fulfill-other-intent");

        assertThat(heard.response().path("canFulfillIntent").path("canFulfill").asText())
                .isEqualTo("NO");
        assertThat(heard.ssml()).isEmpty();
        assertThat(sms.sent()).isEmpty();
        assertThat(heard.sessionAttributes().isMissingNode()
                        || heard.sessionAttributes().isEmpty())
                .isTrue();
    }

    private String questionAnswer(String intent, String words) {
        Heard heard = skill.invoke(Events.asInTheFiles().canFulfill(intent, Envelopes.Slot.plain("query", words)));
        assertThat(heard.ssml()).isEmpty();
        assertThat(sms.sent()).isEmpty();
        return heard.response().path("canFulfillIntent").path("canFulfill").asText();
    }

    @Test
    void a_question_the_skill_answers_can_be_fulfilled() {
        assertThat(questionAnswer("WhyQuestionIntent", "does leukemia come back"))
                .isEqualTo("YES");
        assertThat(questionAnswer("WhatQuestionIntent", "does blinatumomab do")).isEqualTo("YES");
    }

    @Test
    void a_question_it_would_ask_about_is_a_maybe() {
        // "Re fractory leukemia" is heard between two topics, refractory and remission not reached: the skill would
        // ask.
        assertThat(questionAnswer("WhatQuestionIntent", "does re fractory leukemia mean"))
                .isEqualTo("MAYBE");
    }

    @Test
    void a_question_it_would_decline_is_left_to_other_skills() {
        assertThat(questionAnswer("WhatQuestionIntent", "time does the pharmacy close tonight"))
                .isEqualTo("NO");
        assertThat(questionAnswer("QuestionIntent", "")).isEqualTo("NO");
    }
}
