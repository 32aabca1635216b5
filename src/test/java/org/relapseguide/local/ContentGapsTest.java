package org.relapseguide.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.testing.LogLines;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.slf4j.event.Level;

/**
 * {@code content gaps} over log lines the skill itself wrote, answering real request envelopes: the questions it could
 * not answer are counted, most frequent first, with why and the nearest topic, and every other line is skipped.
 */
class ContentGapsTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void restoreTheLogLevel() {
        JsonLogging.setLevel(Level.INFO);
    }

    /** The skill answers the envelopes, and its log lines are written to a file as CloudWatch would hold them. */
    static List<String> linesOfTheSkillAnswering(String... events) {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        try (LogLines log = LogLines.start()) {
            for (String event : events) {
                skill.invoke(event);
            }
            return log.lines();
        }
    }

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_most_frequent_unanswered_question_comes_first_with_its_reason_and_nearest_topic() throws Exception {
        List<String> lines = new ArrayList<>(linesOfTheSkillAnswering(
                "question-not-yet", "topic-blinatumomab", "question-not-yet", "question-should", "fallback"));
        lines.add(1, "START RequestId: 8f5a Version: 7");
        lines.add("not json {at all");
        Path file = temp.resolve("skill.log");
        Files.write(file, lines);

        int code = run("content", "gaps", file.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(printed).contains("4 unanswered or declined question(s) recorded in " + lines.size() + " log line");
        List<String> rows =
                printed.lines().filter(l -> l.matches("\\s+\\d+\\s+en-US.*")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).matches("\\s+2\\s+en-US\\s+not_yet\\s+.*school.*");
        assertThat(rows).anySatisfy(row -> assertThat(row).matches("\\s+1\\s+en-US\\s+advice\\s+.*"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("fallback").contains("(no words"));
    }

    @Test
    void lines_exported_with_a_prefix_or_wrapped_in_an_envelope_are_read_too() throws Exception {
        List<String> skill = linesOfTheSkillAnswering("question-should").stream()
                .filter(l -> l.contains("Unanswered question"))
                .toList();
        assertThat(skill).hasSize(1);
        String line = skill.get(0);
        Path file = temp.resolve("export.log");
        Files.write(
                file,
                List.of(
                        "2026-11-30T10:00:00.000Z 2026/11/30/[$LATEST]abc " + line,
                        "{\"timestamp\":1764496800000,\"message\":" + quoted(line) + "}"));

        run("content", "gaps", "--top", "5", file.toString());

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("2 unanswered or declined question(s) recorded in 2 log line(s), 1 different")
                .containsPattern("\\s+2\\s+en-US\\s+advice");
    }

    @Test
    void no_log_file_is_a_usage_error() {
        assertThat(run("content", "gaps")).isEqualTo(2);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
