package org.relapseguide.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * How one locale's content is measured, read from {@code measures/<locale>.properties}: the words an answer may
 * have, the espeak-ng voice that times it, the readability scale and its limits, the phrases an outlook answer must
 * say and the letters a spoken name may use. Everything in the content rules that differs between languages is here.
 *
 * @param answerWords the most words an answer or follow-up may have
 * @param turnWords the most words an answer and the longest offer after it may have together
 * @param espeakVoice the espeak-ng voice that times speech; empty for its default
 * @param readability the readability scale's name ({@code flesch-kincaid}, {@code inflesz})
 * @param readabilityMedian the limit on the median answer's score, on the scale's own side (at most or at least)
 * @param readabilityEach the limit on every answer and follow-up; NaN when there is none
 * @param outlookMustSay lower-case phrases every outlook answer must contain
 * @param spokenName what a synonym or spoken name must match
 */
public record ContentMeasures(
        String locale,
        int answerWords,
        int turnWords,
        String espeakVoice,
        String readability,
        double readabilityMedian,
        double readabilityEach,
        List<String> outlookMustSay,
        Pattern spokenName) {
    /** An answer in characters: its words of 8 letters, so one endless "word" is caught too. */
    private static final int CHARACTERS_A_WORD = 8;

    /**
     * Reads a locale's measures from the class path.
     *
     * @throws IllegalStateException when the locale has none, or one is missing or unreadable
     */
    public static ContentMeasures of(String locale) {
        String resource = "measures/" + locale + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ContentMeasures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No content measures for locale " + locale + " at " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Content measures " + resource + " are unreadable", e);
        }
        try {
            String each = properties.getProperty("readability.each", "").strip();
            return new ContentMeasures(
                    locale,
                    Integer.parseInt(required(properties, resource, "answer.words")),
                    Integer.parseInt(required(properties, resource, "turn.words")),
                    properties.getProperty("espeak.voice", "").strip(),
                    required(properties, resource, "readability"),
                    Double.parseDouble(required(properties, resource, "readability.median")),
                    each.isEmpty() ? Double.NaN : Double.parseDouble(each),
                    Arrays.stream(required(properties, resource, "outlook.must.say")
                                    .split("\\|"))
                            .map(String::strip)
                            .toList(),
                    Pattern.compile("[" + required(properties, resource, "spoken.letters") + "]["
                            + required(properties, resource, "spoken.letters") + " '.\\-]*"));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + " has a limit that is not a number: " + e.getMessage(), e);
        }
    }

    /** The most characters an answer or follow-up may have. */
    public int answerCharacters() {
        return answerWords * CHARACTERS_A_WORD;
    }

    private static String required(Properties properties, String resource, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(resource + " has no " + key);
        }
        return value.strip();
    }
}
