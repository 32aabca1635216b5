package org.relapseguide.content.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.relapseguide.content.ContentMeasures;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.content.Words;
import org.relapseguide.sms.Gsm7;
import org.relapseguide.sms.TextMessages;
import org.relapseguide.voice.Ssml;

/**
 * The measured quality of a content set, topic by topic: words, seconds to say (espeak-ng at 150 words a
 * minute in the locale's voice, when installed) and readability on the locale's scale, with the summary figures
 * clinicians track.
 */
public final class ContentReport {
    public static final double MAX_SECONDS = 15.0;

    /** One spoken text: a topic's answer or one of its follow-ups. */
    public record Row(String topicId, String part, int words, double seconds, double readability) {}

    private final List<Row> rows;
    private final boolean timed;
    private final ReadabilityScale scale;
    private final int longestText;

    private ContentReport(List<Row> rows, boolean timed, ReadabilityScale scale, int longestText) {
        this.rows = List.copyOf(rows);
        this.timed = timed;
        this.scale = scale;
        this.longestText = longestText;
    }

    /**
     * Measures every answer and follow-up; seconds are NaN when espeak-ng is not installed.
     *
     * @param smsFooter the footer every text message ends with, for the longest text's length
     */
    public static ContentReport measure(ContentSet content, ContentMeasures measures, String smsFooter)
            throws IOException {
        boolean timed = SpeechTimer.available();
        Ssml ssml = new Ssml(content.pronunciations());
        ReadabilityScale scale = ReadabilityScale.named(measures.readability());
        Readability readability = scale.formula(content.pronunciations());
        List<Row> rows = new ArrayList<>();
        int longestText = 0;
        for (Topic topic : content.topics()) {
            if (topic.text() != null && topic.title() != null) {
                longestText = Math.max(longestText, Gsm7.septets(TextMessages.compose(topic, content, smsFooter)));
            }
            List<String> parts = new ArrayList<>();
            parts.add(topic.answer());
            parts.addAll(topic.more());
            for (int i = 0; i < parts.size(); i++) {
                String text = parts.get(i);
                double seconds =
                        timed ? SpeechTimer.seconds(measures.espeakVoice(), ssml.render(List.of(text))) : Double.NaN;
                rows.add(new Row(
                        topic.id(),
                        i == 0 ? "answer" : "more " + i,
                        Words.count(text),
                        seconds,
                        readability.score(text)));
            }
        }
        return new ContentReport(rows, timed, scale, longestText);
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

    /** The median answer's readability, on the locale's scale. */
    public double medianReadability() {
        return ContentValidator.median(
                answers().stream().mapToDouble(Row::readability).sorted().toArray());
    }

    /** The hardest answer or follow-up to read, on the locale's scale. */
    public Row hardest() {
        return rows.stream()
                .min(Comparator.comparingDouble(r -> scale.hardnessOrder(r.readability())))
                .orElse(null);
    }

    /** The longest text message, in GSM-7 characters (septets), footer included. */
    public int longestText() {
        return longestText;
    }

    public Row longest() {
        return rows.stream().max(Comparator.comparingDouble(Row::seconds)).orElse(null);
    }

    public List<Row> hardestAnswers(int count) {
        return answers().stream()
                .sorted(Comparator.comparingDouble(r -> scale.hardnessOrder(r.readability())))
                .limit(count)
                .toList();
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-28s %-7s %5s %7s %6s%n", "topic", "part", "words", "seconds", scale.label());
        for (Row row : rows) {
            out.printf(
                    Locale.ROOT,
                    "%-28s %-7s %5d %7s %6.1f%s%n",
                    row.topicId(),
                    row.part(),
                    row.words(),
                    timed ? String.format(Locale.ROOT, "%.1f", row.seconds()) : "-",
                    row.readability(),
                    row.seconds() > MAX_SECONDS ? "  TOO LONG" : "");
        }
        if (!timed) {
            out.println("WARNING: espeak-ng is not installed, so speech length was not measured "
                    + "(apt-get install espeak-ng to measure it).");
        }
        Row longest = longest();
        Row hardest = hardest();
        out.printf(
                Locale.ROOT,
                "Summary: %d topics, median %.0f words an answer, longest %s, median %s %.1f, hardest %s, "
                        + "longest text %d characters%n",
                rows.stream().map(Row::topicId).distinct().count(),
                medianWords(),
                timed && longest != null
                        ? String.format(
                                Locale.ROOT, "%.1f s (%s %s)", longest.seconds(), longest.topicId(), longest.part())
                        : "not measured",
                scale.label(),
                medianReadability(),
                hardest == null
                        ? "none"
                        : String.format(
                                Locale.ROOT, "%.1f (%s %s)", hardest.readability(), hardest.topicId(), hardest.part()),
                longestText);
        out.println("Hardest answers to read:");
        for (Row row : hardestAnswers(10)) {
            out.printf(Locale.ROOT, "  %s %5.1f  %s%n", scale.label(), row.readability(), row.topicId());
        }
    }
}
