package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.exception.AskSdkException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;

/** Envelopes the fuzz suite once crashed the skill with, kept in events/ so they never do again. */
class RegressionEventsTest {
    private final SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());

    @Test
    void an_envelope_without_context_is_refused_cleanly_not_crashed_on() throws Exception {
        byte[] envelope = Files.readAllBytes(Events.DIRECTORY.resolve("regression-no-context.json"));

        assertThatThrownBy(() -> skill.invokeBytes(envelope)).isExactlyInstanceOf(AskSdkException.class);
    }

    @Test
    void an_envelope_with_a_null_application_id_is_refused_cleanly() throws Exception {
        byte[] envelope = Files.readAllBytes(Events.DIRECTORY.resolve("regression-null-application-id.json"));

        assertThatThrownBy(() -> skill.invokeBytes(envelope)).isExactlyInstanceOf(AskSdkException.class);
    }

    @Test
    void corrupted_and_foreign_session_attributes_are_dropped_not_echoed() {
        Heard heard = skill.invoke("regression-corrupted-session");

        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.sessionAttributes().has("foreign")).isFalse();
        assertThat(heard.envelope().toString().length()).isLessThan(4000);
        assertThat(heard.ssml()).startsWith("<speak>").doesNotContain("]]>");
    }
}
