package org.relapseguide.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relapseguide.logging.GapLog;
import org.relapseguide.logging.RequestLogInterceptor;

/**
 * What caregivers asked that the skill could not answer, read back from its JSON log lines (one object a line, as
 * Lambda writes them to CloudWatch; any other line is skipped): each question as it was recorded (words outside the
 * content's and a general word list already {@code _}), how often, why it went unanswered, and the topic nearest to
 * it. {@code content gaps} prints it, and the review page shows it.
 *
 * @param lines how many log lines were read
 * @param questions the recorded questions, most frequent first
 */
public record Gaps(int lines, List<Question> questions) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NO_LOCALE = "-";

    /**
     * One question, as often as it was recorded in one locale.
     *
     * @param words the recorded words; empty when Alexa sent none (a fallback)
     * @param reason the most frequent reason it went unanswered ({@code not_yet}, {@code advice}, {@code fallback}...)
     * @param nearest the topic the skill came closest to most often, or {@code -}
     */
    public record Question(String locale, String words, int count, String reason, String nearest) {}

    /** One recorded line. */
    private record Recorded(String locale, GapLog.Gap gap) {}

    /** Reads every file and counts the questions in them. */
    public static Gaps read(List<Path> files) throws IOException {
        List<Recorded> recorded = new ArrayList<>();
        int lines = 0;
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines++;
                    gap(line).ifPresent(recorded::add);
                }
            }
        }
        return new Gaps(lines, count(recorded));
    }

    /** The gap a log line records, if it is a JSON object carrying one (directly or in its message). */
    static Optional<Recorded> gap(String line) {
        int start = line.indexOf('{');
        if (start < 0) {
            return Optional.empty();
        }
        JsonNode object;
        try {
            object = MAPPER.readTree(line.substring(start));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
        if (object == null || !object.isObject()) {
            return Optional.empty();
        }
        JsonNode message = object.path("message");
        if (message.isTextual() && message.asText().startsWith("{")) {
            // An export that wraps the skill's line in an envelope of its own ({"timestamp":..,"message":"{..}"}).
            Optional<Recorded> inner = gap(message.asText());
            if (inner.isPresent()) {
                return inner;
            }
        }
        String locale = object.path(RequestLogInterceptor.LOCALE).asText(NO_LOCALE);
        return GapLog.read(message.asText("")).map(g -> new Recorded(locale, g));
    }

    private static List<Question> count(List<Recorded> recorded) {
        Map<List<String>, List<GapLog.Gap>> byQuestion = recorded.stream()
                .collect(Collectors.groupingBy(
                        r -> List.of(r.locale(), r.gap().words()),
                        LinkedHashMap::new,
                        Collectors.mapping(Recorded::gap, Collectors.toList())));
        return byQuestion.entrySet().stream()
                .map(e -> new Question(
                        e.getKey().get(0),
                        e.getKey().get(1),
                        e.getValue().size(),
                        mostFrequent(e.getValue(), GapLog.Gap::reason),
                        mostFrequent(e.getValue(), GapLog.Gap::nearest)))
                .sorted(Comparator.comparingInt(Question::count)
                        .reversed()
                        .thenComparing(Question::locale)
                        .thenComparing(Question::words))
                .toList();
    }

    private static String mostFrequent(List<GapLog.Gap> gaps, Function<GapLog.Gap, String> field) {
        Map<String, Long> counts =
                gaps.stream().collect(Collectors.groupingBy(field, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("-");
    }

    /** How many times questions were recorded in all. */
    public int recorded() {
        return questions.stream().mapToInt(Question::count).sum();
    }

    /** What a question looks like on a report: its words, or a note that Alexa sent none. */
    public static String shown(Question question) {
        return question.words().isEmpty() ? "(no words: Alexa sent none, as for a fallback)" : question.words();
    }

    /** The table {@code content gaps} prints: the most frequent {@code top} questions. */
    public void print(PrintStream out, int top) {
        out.printf(
                Locale.ROOT,
                "%d unanswered or declined question(s) recorded in %d log line(s), %d different%n",
                recorded(),
                lines,
                questions.size());
        if (questions.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%6s  %-6s  %-12s  %-26s  %s%n", "count", "locale", "reason", "nearest topic", "words");
        questions.stream()
                .limit(top)
                .forEach(q -> out.printf(
                        Locale.ROOT,
                        "%6d  %-6s  %-12s  %-26s  %s%n",
                        q.count(),
                        q.locale(),
                        q.reason(),
                        q.nearest(),
                        shown(q)));
        if (questions.size() > top) {
            out.printf(Locale.ROOT, "... and %d more (--top N shows more)%n", questions.size() - top);
        }
    }
}
