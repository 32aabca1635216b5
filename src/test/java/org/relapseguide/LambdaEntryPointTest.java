package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.exception.AskSdkException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;

/** The Lambda entry point: built from the environment, answering only its own skill id. */
class LambdaEntryPointTest {
    private final SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());

    @Test
    void a_request_from_another_skill_gets_no_answer() throws Exception {
        byte[] request = Files.readAllBytes(Events.DIRECTORY.resolve("wrong-skill-id.json"));

        assertThatThrownBy(() -> skill.invokeBytes(request)).isInstanceOf(AskSdkException.class);
    }

    @Test
    void bytes_that_are_not_an_alexa_request_are_refused_cleanly() {
        byte[] garbage = "this is not a request".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> skill.invokeBytes(garbage)).isInstanceOf(AskSdkException.class);
    }

    @Test
    void the_production_skill_is_built_from_the_environment_and_checks_the_skill_id() throws Exception {
        RelapseGuideStreamHandler handler = new RelapseGuideStreamHandler(
                ProductionSkill.fromEnvironment(Map.of(SkillConfig.SKILL_ID, LocalSkill.SKILL_ID))
                        .skill());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        handler.handleRequest(
                new ByteArrayInputStream(Files.readAllBytes(Events.DIRECTORY.resolve("launch.json"))), out, null);

        assertThat(new ObjectMapper()
                        .readTree(out.toByteArray())
                        .path("response")
                        .path("outputSpeech")
                        .path("ssml")
                        .asText())
                .contains("Welcome to Relapse Guide");
        assertThatThrownBy(() -> handler.handleRequest(
                        new ByteArrayInputStream(Files.readAllBytes(Events.DIRECTORY.resolve("wrong-skill-id.json"))),
                        new ByteArrayOutputStream(),
                        null))
                .isInstanceOf(AskSdkException.class);
    }

    @Test
    void a_missing_skill_id_fails_fast_and_names_the_variable() {
        assertThatThrownBy(() -> SkillConfig.from(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SKILL_ID");
    }

    @Test
    void the_no_argument_constructor_lambda_calls_builds_the_skill_from_the_functions_environment() throws Exception {
        // The test JVM's environment is set in the pom (surefire's environmentVariables), as template.yaml sets the
        // function's: SKILL_ID is the test skill's id, so the files in events/ are answered and others refused.
        assertThat(System.getenv(SkillConfig.SKILL_ID)).isEqualTo(LocalSkill.SKILL_ID);
        RelapseGuideStreamHandler handler = new RelapseGuideStreamHandler();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        handler.handleRequest(
                new ByteArrayInputStream(Files.readAllBytes(Events.DIRECTORY.resolve("launch.json"))), out, null);

        assertThat(new Heard(new ObjectMapper().readTree(out.toByteArray())).speech())
                .startsWith("Welcome to Relapse Guide");
        assertThat(handler.snapStartHooks()).isPresent();
        assertThatThrownBy(() -> handler.handleRequest(
                        new ByteArrayInputStream(Files.readAllBytes(Events.DIRECTORY.resolve("wrong-skill-id.json"))),
                        new ByteArrayOutputStream(),
                        null))
                .isInstanceOf(AskSdkException.class);
    }
}
