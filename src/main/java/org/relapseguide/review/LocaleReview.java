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
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Topic;

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
     * How the page measures and voices a locale ({@code review/<locale>.properties}).
     *
     * @param voice the espeak-ng voice; empty for its default, the one {@code content validate} times with
     * @param readability {@code flesch-kincaid}, the only scale measured today; any other is shown as not measured
     */
    record Settings(String language, String voice, String readability) {
        static final String FLESCH_KINCAID = "flesch-kincaid";

        static Settings of(String locale) {
            Properties properties = new Properties();
            try (InputStream in =
                    LocaleReview.class.getClassLoader().getResourceAsStream("review/" + locale + ".properties")) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Settings(
                    properties.getProperty("language", locale),
                    properties.getProperty("espeak.voice", ""),
                    properties.getProperty("readability", FLESCH_KINCAID));
        }

        boolean gradeMeasured() {
            return readability.equals(FLESCH_KINCAID);
        }

        /** The scale's name as the page says it. */
        String scale() {
            return switch (readability) {
                case FLESCH_KINCAID -> "Flesch-Kincaid grade";
                case "inflesz" -> "INFLESZ";
                default -> readability;
            };
        }
    }

    /**
     * One spoken text: a topic's answer or a follow-up.
     *
     * @param ssml the SSML body the skill sends for it (pronunciations applied)
     * @param seconds espeak-ng's length of it, NaN when not measured
     * @param grade its reading grade, NaN when the locale's scale is not measured
     * @param audio the recording's file in the site, or null
     */
    record Part(String label, String text, String ssml, int words, double seconds, double grade, String audio) {}

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
