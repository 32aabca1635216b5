package org.relapseguide.content.quality;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapseguide.content.Pronunciation;

/**
 * The Flesch-Kincaid grade of English text as it is heard: terms with a pronunciation are measured by what Alexa says
 * ("M R D"), numbers by their digits, and syllables by an English vowel-group heuristic.
 */
public final class ReadingGrade implements Readability {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private final List<Pronunciation> pronunciations;

    public ReadingGrade(List<Pronunciation> pronunciations) {
        this.pronunciations = pronunciations;
    }

    /** The grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
    @Override
    public double score(String text) {
        String heard = spoken(text, pronunciations);
        int sentences = Math.max(1, SENTENCE_END.split(heard.trim()).length);
        int words = 0;
        int syllables = 0;
        var matcher = WORD.matcher(heard);
        while (matcher.find()) {
            words++;
            syllables += syllables(matcher.group());
        }
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** The text as Alexa says it: each term with a pronunciation replaced by its alias, without its punctuation. */
    static String spoken(String text, List<Pronunciation> pronunciations) {
        String heard = text;
        for (Pronunciation p : pronunciations) {
            String alias = p.alias().replace(".", "").replace(",", "");
            heard = heard.replaceAll(
                    "(?i)(?<![\\p{L}\\p{N}-])" + Pattern.quote(p.term()) + "(?![\\p{L}\\p{N}-])",
                    Matcher.quoteReplacement(alias));
        }
        return heard;
    }

    /** Syllables in one word: digits count one each, vowel groups otherwise, less a silent final e. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.chars().allMatch(Character::isDigit)) {
            return Math.min(w.length(), 4);
        }
        if (w.length() <= 3) {
            return 1;
        }
        int count = 0;
        var groups = VOWEL_GROUP.matcher(w);
        while (groups.find()) {
            count++;
        }
        if (w.endsWith("e") && !w.endsWith("le") && count > 1) {
            count--;
        }
        if (w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }
}
