package org.relapseguide.understanding;

import java.util.List;

/**
 * The light Spanish stemmer ({@link LightSpanishStemmer}: the plural and a final vowel go) with the word endings a
 * caregiver's spoken Spanish adds to the same word, so a question in one form meets the content in another:
 *
 * <ul>
 *   <li>a pronoun joined to an infinitive or a gerund: "darle", "ponérselo", "dándole" are "dar", "poner", "dando";
 *   <li>verb endings: the infinitive, the gerund, "they" and the past ("tomar", "tomando", "toman", "tomaron",
 *       "tomaba" all meet "tomas" and "tomes"); not the participle, which is often a noun ("recaída", "cuidado");
 *   <li>the diminutive ("pastillitas" is "pastillas", "huevito" is "huevo") and the superlative ("malísimo").
 * </ul>
 *
 * <p>Still light: nothing derivational ("tratamiento" stays apart from "tratan"), a stem keeps at least three letters,
 * and a word of four letters or fewer stays as it is. Accents are already gone when it runs.
 */
final class SpanishVerbStemmer implements Stemmer {
    private static final int SHORT = 4;
    private static final int MIN_STEM = 3;

    /** Pronouns said after an infinitive or a gerund, longest first ("dárselo" before "darlo"). */
    private static final List<String> CLITICS = List.of(
            "selos", "selas", "seles", "selo", "sela", "sele", "nos", "les", "los", "las", "le", "lo", "la", "me");

    /** What may come before a joined pronoun: an infinitive or a gerund (accents gone: "dandole"). */
    private static final List<String> BEFORE_CLITIC = List.of("ar", "er", "ir", "ando", "iendo");

    /**
     * Verb endings, as they are once the plural and the final vowel are gone ("tomados" is "tomad", "tomando" is
     * "tomand"), longest first.
     */
    private static final List<String> VERB_ENDINGS =
            List.of("ieron", "iend", "aron", "eron", "aban", "and", "ab", "ar", "er", "ir", "an", "en");

    private final LightSpanishStemmer light = new LightSpanishStemmer();

    @Override
    public String stem(String word) {
        int n = word.length();
        if (n <= SHORT || !Character.isLetter(word.charAt(n - 1))) {
            return word;
        }
        String stem = light.stem(withoutClitic(word));
        for (String ending : VERB_ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= MIN_STEM) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        // The superlative and the diminutive, once the vowel is gone: "malisim", "pastillit" (not "vomit" or "visit").
        if (stem.endsWith("isim") && stem.length() - 4 >= MIN_STEM) {
            stem = stem.substring(0, stem.length() - 4);
        } else if (stem.endsWith("it") && stem.length() - 2 >= SHORT) {
            stem = stem.substring(0, stem.length() - 2);
        }
        return stem;
    }

    /** "darle" is "dar", "ponerselo" is "poner": a pronoun joined to an infinitive or a gerund goes. */
    private static String withoutClitic(String word) {
        for (String clitic : CLITICS) {
            if (!word.endsWith(clitic)) {
                continue;
            }
            String rest = word.substring(0, word.length() - clitic.length());
            // "me" after an -er infinitive is too often a verb's own ending ("duerme", "enferme").
            boolean verb = BEFORE_CLITIC.stream()
                    .anyMatch(before -> rest.endsWith(before) && !(clitic.equals("me") && before.equals("er")));
            if (verb && rest.length() >= MIN_STEM) {
                return rest;
            }
        }
        return word;
    }
}
