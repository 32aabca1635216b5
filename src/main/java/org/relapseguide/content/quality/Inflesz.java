package org.relapseguide.content.quality;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapseguide.content.Pronunciation;

/**
 * INFLESZ, Szigriszt-Pazos' perspicuity of Spanish text as it is heard: 206.835 − 62.3 × syllables per word − words
 * per sentence. 65 to 80 is "bastante fácil", 55 to 65 "normal", under 55 "algo difícil". Syllables are counted by
 * Spanish rules: one for each vowel nucleus, where an unstressed i, u or ü joins the vowel next to it (a diphthong,
 * "leu-ce-mia") and two strong vowels, or an accented í or ú, stay apart (a hiatus, "re-ca-í-da").
 */
public final class Inflesz implements Readability {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String VOWELS = "aeiouáéíóúü";
    /** Vowels that join the vowel next to them into one syllable: unstressed i, u and ü. */
    private static final String WEAK = "iuü";
    /** A number is said as words: about two syllables a digit ("cuarenta", "noventa"), at most six. */
    private static final int SYLLABLES_A_DIGIT = 2;

    private static final int MOST_SYLLABLES_A_NUMBER = 6;

    private final List<Pronunciation> pronunciations;

    public Inflesz(List<Pronunciation> pronunciations) {
        this.pronunciations = pronunciations;
    }

    @Override
    public double score(String text) {
        String heard = ReadingGrade.spoken(text, pronunciations);
        int sentences = Math.max(1, SENTENCE_END.split(heard.trim()).length);
        int words = 0;
        int syllables = 0;
        Matcher matcher = WORD.matcher(heard);
        while (matcher.find()) {
            words++;
            syllables += syllables(matcher.group());
        }
        if (words == 0) {
            return 0;
        }
        return of(syllables, words, sentences);
    }

    /** The formula itself, for counts made elsewhere. */
    static double of(int syllables, int words, int sentences) {
        return 206.835 - 62.3 * syllables / words - (double) words / sentences;
    }

    /** Syllables in one Spanish word; numbers in it count as they are said, a word of consonants ("R") as one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int count = 0;
        Matcher digits = DIGITS.matcher(w);
        while (digits.find()) {
            count += Math.min(digits.group().length() * SYLLABLES_A_DIGIT, MOST_SYLLABLES_A_NUMBER);
        }
        // "y" alone is the vowel "and"; elsewhere ("muy", "hoy", "yeso") it is a consonant or closes a diphthong.
        if (w.equals("y")) {
            return 1;
        }
        char previous = 0;
        boolean anyLetter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            anyLetter |= Character.isLetter(c);
            if (VOWELS.indexOf(c) < 0) {
                previous = 0;
                continue;
            }
            if (previous == 0 || !(WEAK.indexOf(previous) >= 0 || WEAK.indexOf(c) >= 0)) {
                count++;
            }
            previous = c;
        }
        return count == 0 && anyLetter ? 1 : count;
    }
}
