package org.relapseguide.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/** The fixed phrases of one locale, loaded once from {@code speech/<locale>.properties}; plain text, not SSML. */
public final class Speech {
    private final Map<Phrase, String> phrases;

    private Speech(Map<Phrase, String> phrases) {
        this.phrases = phrases;
    }

    /**
     * Loads a locale's phrases, failing fast when any phrase is missing so a gap is found at start-up,
     * not by a caregiver.
     */
    public static Speech load(String locale) {
        String resource = "speech/" + locale + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Speech.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No phrases for locale " + locale + " at " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Phrases " + resource + " are unreadable", e);
        }
        Map<Phrase, String> phrases = new EnumMap<>(Phrase.class);
        for (Phrase phrase : Phrase.values()) {
            String text = properties.getProperty(phrase.key());
            if (text == null || text.isBlank()) {
                throw new IllegalStateException(resource + " has no phrase " + phrase.key());
            }
            phrases.put(phrase, text.trim());
        }
        return new Speech(phrases);
    }

    /** The phrase with each {@code {name}} placeholder replaced, from alternating name, value arguments. */
    public String get(Phrase phrase, String... namesAndValues) {
        String text = phrases.get(phrase);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }
}
