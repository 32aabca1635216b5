package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;

/** Name-free discovery: YES for topics the skill has, NO otherwise, and no side effects. */
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
}
