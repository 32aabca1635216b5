package org.relapseguide.content.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.content.Words;
import org.relapseguide.voice.Ssml;

/**
 * The measured quality of a content set, topic by topic: words, seconds to say (espeak-ng at 150 words a
 * minute, when installed) and reading grade, with the summary figures clinicians track.
 */
public final class ContentReport {
    public static final double MAX_SECONDS = 15.0;

    /** One spoken text: a topic's answer or one of its follow-ups. */
    public record Row(String topicId, String part, int words, double seconds, double grade) {}

    private final List<Row> rows;
    private final boolean timed;

    private ContentReport(List<Row> rows, boolean timed) {
        this.rows = List.copyOf(rows);
        this.timed = timed;
    }

    /** Measures every answer and follow-up; seconds are NaN when espeak-ng is not installed. */
    public static ContentReport measure(ContentSet content) throws IOException {
        boolean timed = SpeechTimer.available();
        Ssml ssml = new Ssml(content.pronunciations());
        ReadingGrade grader = new ReadingGrade(content.pronunciations());
        List<Row> rows = new ArrayList<>();
        for (Topic topic : content.topics()) {
            List<String> parts = new ArrayList<>();
            parts.add(topic.answer());
            parts.addAll(topic.more());
            for (int i = 0; i < parts.size(); i++) {
                String text = parts.get(i);
                double seconds = timed ? SpeechTimer.seconds(ssml.render(List.of(text))) : Double.NaN;
                rows.add(new Row(
                        topic.id(), i == 0 ? "answer" : "more " + i, Words.count(text), seconds, grader.grade(text)));
            }
        }
        return new ContentReport(rows, timed);
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean timed() {
        return timed;
    }

    public List<Row> answers() {
        return rows.stream().filter(r -> r.part().equals("answer")).toList();
    }

    /** Spoken texts that take longer than {@link #MAX_SECONDS} to say. */
    public List<Row> tooLong() {
        return rows.stream().filter(r -> r.seconds() > MAX_SECONDS).toList();
    }

    public double medianWords() {
        return ContentValidator.median(
                answers().stream().mapToDouble(Row::words).sorted().toArray());
    }

    public double medianGrade() {
        return ContentValidator.median(
                answers().stream().mapToDouble(Row::grade).sorted().toArray());
    }

    public Row longest() {
        return rows.stream().max(Comparator.comparingDouble(Row::seconds)).orElse(null);
    }

    public List<Row> hardestAnswers(int count) {
        return answers().stream()
                .sorted(Comparator.comparingDouble(Row::grade).reversed())
                .limit(count)
                .toList();
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-28s %-7s %5s %7s %6s%n", "topic", "part", "words", "seconds", "grade");
        for (Row row : rows) {
            out.printf(
                    Locale.ROOT,
                    "%-28s %-7s %5d %7s %6.1f%s%n",
                    row.topicId(),
                    row.part(),
                    row.words(),
                    timed ? String.format(Locale.ROOT, "%.1f", row.seconds()) : "-",
                    row.grade(),
                    row.seconds() > MAX_SECONDS ? "  TOO LONG" : "");
        }
        if (!timed) {
            out.println("WARNING: espeak-ng is not installed, so speech length was not measured "
                    + "(apt-get install espeak-ng to measure it).");
        }
        Row longest = longest();
        out.printf(
                Locale.ROOT,
                "Summary: %d topics, median %.0f words an answer, longest %s, median grade %.1f%n",
                rows.stream().map(Row::topicId).distinct().count(),
                medianWords(),
                timed && longest != null
                        ? String.format(
                                Locale.ROOT, "%.1f s (%s %s)", longest.seconds(), longest.topicId(), longest.part())
                        : "not measured",
                medianGrade());
        out.println("Hardest answers to read:");
        for (Row row : hardestAnswers(10)) {
            out.printf(Locale.ROOT, "  grade %4.1f  %s%n", row.grade(), row.topicId());
        }
    }
}
