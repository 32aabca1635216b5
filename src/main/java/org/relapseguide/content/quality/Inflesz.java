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
    /** A thousands separator, as in "10,000": the number is said whole. */
    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})(?!\\d)");

    private static final String VOWELS = "aeiouáéíóúü";
    /** Vowels that join the vowel next to them into one syllable: unstressed i, u and ü. */
    private static final String WEAK = "iuü";
    /** Syllables of the numbers said as one word, 0 to 29: "ce-ro", "u-no", "dos", ... "vein-ti-nue-ve". */
    private static final int[] TO_29 = {
        2, 2, 1, 1, 2, 2, 1, 2, 2, 2, 1, 2, 2, 2, 3, 2, 3, 4, 3, 4, 2, 4, 3, 3, 4, 4, 3, 4, 3, 4
    };
    /** Syllables of the tens from 30: "trein-ta", "cua-ren-ta", ... "no-ven-ta" (index 3 to 9). */
    private static final int[] TENS = {0, 0, 0, 2, 3, 3, 3, 3, 3, 3};
    /** Syllables of the hundreds from 200: "dos-cien-tos", ... "no-ve-cien-tos" (index 2 to 9). */
    private static final int[] HUNDREDS = {0, 0, 3, 3, 4, 3, 3, 4, 4, 4};

    private static final int MOST_DIGITS_SAID_AS_A_NUMBER = 6;

    private final List<Pronunciation> pronunciations;

    public Inflesz(List<Pronunciation> pronunciations) {
        this.pronunciations = pronunciations;
    }

    @Override
    public double score(String text) {
        String heard =
                THOUSANDS.matcher(ReadingGrade.spoken(text, pronunciations)).replaceAll("$1$2");
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

    /**
     * Syllables in one Spanish word; the numbers in it count as they are said ("100" is "cien", one syllable), a
     * word of consonants ("R") as one.
     */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int count = 0;
        Matcher digits = DIGITS.matcher(w);
        while (digits.find()) {
            count += numberSyllables(digits.group());
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

    /** Syllables of a number said in Spanish words; a longer run of digits is said digit by digit. */
    static int numberSyllables(String digits) {
        if (digits.length() > MOST_DIGITS_SAID_AS_A_NUMBER) {
            return digits.chars().map(d -> TO_29[d - '0']).sum();
        }
        return numberSyllables(Integer.parseInt(digits));
    }

    private static int numberSyllables(int n) {
        if (n < TO_29.length) {
            return TO_29[n];
        }
        if (n < 100) {
            // "cua-ren-ta y dos": the tens, "y", and the unit.
            return TENS[n / 10] + (n % 10 == 0 ? 0 : 1 + TO_29[n % 10]);
        }
        if (n < 1000) {
            int rest = n % 100;
            int hundreds = n / 100 == 1 ? (rest == 0 ? 1 : 2) : HUNDREDS[n / 100];
            return hundreds + (rest == 0 ? 0 : numberSyllables(rest));
        }
        int thousands = n / 1000;
        int rest = n % 1000;
        return (thousands == 1 ? 1 : numberSyllables(thousands) + 1) + (rest == 0 ? 0 : numberSyllables(rest));
    }
}
