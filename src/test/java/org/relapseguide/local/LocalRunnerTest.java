package org.relapseguide.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.JsonLogging;
import org.slf4j.event.Level;

/** The README's first command: the skill in a terminal, with no AWS account. */
class LocalRunnerTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The command line turns logging down to WARN for the whole JVM; the rest of the suite logs as production. */
    @AfterEach
    void restoreTheLogLevel() {
        JsonLogging.setLevel(Level.INFO);
    }

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void chat_keeps_the_session_and_texts_to_the_local_outbox() throws Exception {
        Path outbox = temp.resolve("outbox.txt");
        String typed = "what is blinatumomab\nmore\ntext me that\nrepeat\nstop\nquit\n";

        int code = ChatCommand.chat(
                new ArrayList<>(List.of("--outbox", outbox.toString())),
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String blinatumomab = ContentFile.bundled("en-US")
                .topic("blinatumomab")
                .orElseThrow()
                .more()
                .get(0);
        assertThat(code).isZero();
        assertThat(printed())
                .contains("alexa> Welcome to Relapse Guide")
                .contains("alexa> " + blinatumomab)
                .contains("alexa> Done. I've texted the details on Blinatumomab")
                .contains("[outbox]")
                .contains("alexa> Take care.");
        assertThat(Files.readString(outbox)).contains("to +15555550123").contains("Reply STOP to opt out.");
    }

    @Test
    void chat_in_spanish_holds_a_whole_conversation_from_welcome_to_an_emergency() throws Exception {
        Path outbox = temp.resolve("outbox.txt");
        String typed = "por qué regresó la leucemia\nqué es el blinatumomab\nmás\nmándame un mensaje\n"
                + "mi hijo tiene mucha fiebre\nquit\n";

        int code = ChatCommand.chat(
                new ArrayList<>(List.of("--locale", "es-US", "--outbox", outbox.toString())),
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        ContentSet spanish = ContentFile.bundled("es-US");
        Topic blinatumomab = spanish.topic("blinatumomab").orElseThrow();
        assertThat(code).isZero();
        assertThat(printed())
                .contains("alexa> Le damos la bienvenida a la Guía de Recaídas")
                .contains("alexa> " + spanish.topic("why_relapse").orElseThrow().answer())
                .contains("alexa> " + blinatumomab.answer())
                .contains("alexa> " + blinatumomab.more().get(0))
                .contains("alexa> Listo. Le mandé los detalles sobre Blinatumomab")
                .contains("alexa> Llame ahora a su equipo médico o al 911.");
        assertThat(Files.readString(outbox)).contains("to +15555550123").contains("Responda STOP");
    }

    @Test
    void chat_on_a_screen_prints_each_screen_beside_the_speech_and_a_tap_touches_it() throws Exception {
        String typed = "what is blinatumomab\ntap 1\ntap 9\ntap 3\ntap 3\nquit\n";

        int code = ChatCommand.chat(
                new ArrayList<>(List.of(
                        "--screen", "--outbox", temp.resolve("outbox.txt").toString())),
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String firstFollowUp = ContentFile.bundled("en-US")
                .topic("blinatumomab")
                .orElseThrow()
                .more()
                .get(0);
        assertThat(code).isZero();
        assertThat(printed())
                .contains("[screen: welcome | AlexaButton, AlexaHeader, AlexaTextListItem |")
                .contains("[screen: answer | AlexaButton, AlexaHeader |")
                .contains("  title: Blinatumomab (Blincyto)")
                .contains("  touch: [1] Tell me more [2] Text me this [3] Other topics")
                .contains("[touched: Tell me more]")
                .contains("  text: " + firstFollowUp)
                .contains("(nothing on the screen has that number)")
                .contains("[screen: topics | AlexaTextList |")
                .contains("[touched: Treatments]")
                .contains("[screen: category | AlexaTextList |");
    }

    @Test
    void chat_without_a_screen_prints_no_screen() throws Exception {
        int code = ChatCommand.chat(
                new ArrayList<>(List.of("--outbox", temp.resolve("outbox.txt").toString())),
                new ByteArrayInputStream("what is blinatumomab\ntap 1\nquit\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(printed()).doesNotContain("[screen:").doesNotContain("[touched:");
    }

    @Test
    void ask_answers_one_question() {
        assertThat(run("ask", "what does MRD mean")).isZero();

        assertThat(printed())
                .contains("alexa> "
                        + ContentFile.bundled("en-US")
                                .topic("mrd")
                                .orElseThrow()
                                .answer());
    }

    @Test
    void ask_with_json_prints_the_whole_response_envelope() throws Exception {
        assertThat(run("ask", "why did it come back", "--json")).isZero();

        assertThat(new ObjectMapper()
                        .readTree(printed())
                        .path("response")
                        .path("outputSpeech")
                        .path("type")
                        .asText())
                .isEqualTo("SSML");
    }

    @Test
    void ask_without_consent_shows_alexa_asking_for_it() {
        assertThat(run(
                        "ask",
                        "text me about car t",
                        "--no-consent",
                        "--outbox",
                        temp.resolve("o").toString()))
                .isZero();

        assertThat(printed()).contains("I need your permission").contains("[Alexa asks: Do you give Relapse Guide");
    }

    @Test
    void chat_without_consent_asks_and_a_yes_sends_the_text() throws Exception {
        Path outbox = temp.resolve("outbox.txt");
        String typed = "what is car t\ntext me that\nyes\nquit\n";

        int code = ChatCommand.chat(
                new ArrayList<>(List.of("--no-consent", "--outbox", outbox.toString())),
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(printed())
                .contains("alexa> To text you, I need your permission to use your mobile number.")
                .contains("[Alexa asks: Do you give Relapse Guide permission")
                .contains("[Alexa resumes the skill: ACCEPTED]")
                .contains("alexa> Done. I've texted the details on");
        assertThat(Files.readString(outbox)).contains("to +15555550123");
    }

    @Test
    void chat_without_consent_and_a_no_sends_nothing_and_points_to_the_card() throws Exception {
        Path outbox = temp.resolve("outbox.txt");
        String typed = "what is car t\ntext me that\nno\ntext me that\nquit\n";

        int code = ChatCommand.chat(
                new ArrayList<>(List.of("--no-consent", "--outbox", outbox.toString())),
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(printed())
                .contains("[Alexa resumes the skill: DENIED]")
                .contains("alexa> Okay, I won't text you.")
                .contains("[card: asks permission for")
                .contains("alexa> To text you, I need your permission to use your mobile number. I've sent a card");
        assertThat(outbox).doesNotExist();
    }

    @Test
    void invoke_runs_an_envelope_through_the_lambda_entry_point() throws Exception {
        assertThat(run("invoke", "events/launch.json")).isZero();

        assertThat(new ObjectMapper()
                        .readTree(printed())
                        .path("response")
                        .path("outputSpeech")
                        .path("ssml")
                        .asText())
                .contains("Welcome to Relapse Guide");
    }

    @Test
    void invoke_refuses_another_skills_envelope() {
        assertThat(run("invoke", "events/wrong-skill-id.json")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refused");
    }

    @Test
    @Tag("slow") // the whole validator, espeak-ng timing every answer
    void content_validate_passes_the_repository_file() {
        assertThat(run("content", "validate")).isZero();
        assertThat(printed()).contains("OK");
    }

    @Test
    void an_empty_evaluation_file_is_refused_with_what_it_lacks() throws Exception {
        Path empty = Files.createFile(temp.resolve("empty.tsv"));

        assertThat(run("nlu", "eval", "--no-thresholds", "--file", empty.toString()))
                .isNotZero();

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("empty; an evaluation set starts with its header line");
    }

    @Test
    void model_generate_leaves_a_current_model_alone() throws Exception {
        Path model = temp.resolve("model.json");
        Files.copy(Path.of("interaction-model/en-US.json"), model);

        assertThat(run("model", "generate", "--model", model.toString())).isZero();

        assertThat(printed()).contains("already matches");
    }

    @Test
    void an_unknown_command_prints_the_usage() {
        assertThat(run("dance")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("chat");
    }
}
