package org.relapseguide.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.relapseguide.content.ContentMeasures;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Topic;
import org.relapseguide.content.quality.ReadabilityScale;

/**
 * One locale's content as the review page shows it: the file it came from, every topic with its measures and
 * findings, and the findings that belong to the file rather than a topic.
 */
record LocaleReview(
        Path file, ContentSet content, Settings settings, List<TopicReview> topics, List<Finding> fileFindings) {

    String locale() {
        return content.locale();
    }

    Optional<TopicReview> topic(String id) {
        return topics.stream().filter(t -> t.topic().id().equals(id)).findFirst();
    }

    /**
     * How the page names, measures and voices a locale: the language's name is the page's own
     * ({@code review/<locale>.properties}); the espeak-ng voice, the readability scale and its limits are the locale's
     * measures ({@code measures/<locale>.properties}), the same {@code content validate} holds the content to.
     */
    record Settings(String language, ContentMeasures measures, ReadabilityScale scale) {
        static Settings of(String locale) {
            String resource = "review/" + locale + ".properties";
            Properties properties = new Properties();
            try (InputStream in = LocaleReview.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Review settings " + resource + " are unreadable", e);
            }
            ContentMeasures measures = ContentMeasures.of(locale);
            return new Settings(
                    properties.getProperty("language", locale),
                    measures,
                    ReadabilityScale.named(measures.readability()));
        }

        /** The espeak-ng voice; empty for its default, the one {@code content validate} times with. */
        String voice() {
            return measures.espeakVoice();
        }

        /** Whether the median answer's score is on the easy side of the locale's median limit. */
        boolean medianEasyEnough(double median) {
            return scale.easyEnough(median, measures.readabilityMedian());
        }

        /**
         * The limit one answer or follow-up is marked against: the locale's limit on each where it sets one (Spanish),
         * else its median target (English), so a text harder than the target stands out.
         */
        double partLimit() {
            return hasEachLimit() ? measures.readabilityEach() : measures.readabilityMedian();
        }

        boolean hasEachLimit() {
            return !Double.isNaN(measures.readabilityEach());
        }

        /** Whether one text's score is on the easy side of {@link #partLimit()}. */
        boolean partEasyEnough(double score) {
            return scale.easyEnough(score, partLimit());
        }
    }

    /**
     * One spoken text: a topic's answer or a follow-up.
     *
     * @param ssml the SSML body the skill sends for it (pronunciations applied)
     * @param seconds espeak-ng's length of it, NaN when not measured
     * @param readability its score on the locale's readability scale
     * @param audio the recording's file in the site, or null
     */
    record Part(String label, String text, String ssml, int words, double seconds, double readability, String audio) {}

    /**
     * A topic with everything the page shows about it.
     *
     * @param sms the text message as the phone shows it
     * @param reviewed the day the words were last vouched for: the sign-off of the present words, else when written
     * @param stale whether that day is more than 12 months ago
     */
    record TopicReview(
            Topic topic,
            List<Part> parts,
            String sms,
            int smsCharacters,
            int smsSegments,
            List<Finding> findings,
            LocalDate reviewed,
            boolean signed,
            boolean stale) {

        Part answer() {
            return parts.get(0);
        }
    }
}
