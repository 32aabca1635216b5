package org.relapseguide.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What may be recorded of a question the skill could not answer: its words that are the content's own or in a general
 * word list of the language, each other word (a child's name, a number, a place) written as {@code _}, so the content
 * team sees what caregivers ask without anything that names them. The word list is read on first use.
 */
final class RecordedWords {
    private static final int MAX_WORDS = 40;
    private static final String HIDDEN = "_";

    private final String locale;
    private final Set<String> contentWords;
    private volatile Set<String> general;

    RecordedWords(String locale, Set<String> contentWords) {
        this.locale = locale;
        this.contentWords = Set.copyOf(contentWords);
    }

    /** Whether a word is in the language's general word list (a common word, not a name of the content's). */
    boolean isCommon(String word) {
        return general().contains(word);
    }

    /** The words as they may be logged. */
    String reduce(List<String> plainWords) {
        Set<String> words = general();
        return plainWords.stream()
                .limit(MAX_WORDS)
                .map(w -> !w.chars().allMatch(Character::isLetter) || !(contentWords.contains(w) || words.contains(w))
                        ? HIDDEN
                        : w)
                .collect(Collectors.joining(" "));
    }

    private Set<String> general() {
        Set<String> loaded = general;
        if (loaded == null) {
            loaded = load(locale);
            general = loaded;
        }
        return loaded;
    }

    private static Set<String> load(String locale) {
        String resource = "understanding/" + locale + ".words.txt";
        Set<String> words = new HashSet<>();
        try (InputStream in = RecordedWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Set.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Word list " + resource + " is unreadable", e);
        }
        return words;
    }
}
