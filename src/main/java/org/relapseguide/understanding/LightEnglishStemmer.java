package org.relapseguide.understanding;

/**
 * English plurals, -ed and -ing, and a silent final e, and nothing else: "infections" to "infection", "fainted" to
 * "faint", "combined" and "combine" both to "combin".
 */
final class LightEnglishStemmer implements Stemmer {

    @Override
    public String stem(String word) {
        return withoutSilentE(suffixless(word));
    }

    private static String suffixless(String word) {
        int n = word.length();
        if (n <= 3 || !Character.isLetter(word.charAt(n - 1))) {
            return word;
        }
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        if (word.endsWith("ing") && n > 5) {
            return undouble(word.substring(0, n - 3));
        }
        if (word.endsWith("ied") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("ed") && n > 4) {
            return undouble(word.substring(0, n - 2));
        }
        return word;
    }

    /** "combine" to "combin", as "combined" becomes; a short word keeps its e ("here" is not "her"). */
    private static String withoutSilentE(String stem) {
        int n = stem.length();
        if (n > 4 && stem.charAt(n - 1) == 'e' && "aeiouy".indexOf(stem.charAt(n - 2)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    /** "runn" (from running) to "run", "stopp" to "stop"; "fall" and "pass" keep their double letters. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 3
                && stem.charAt(n - 1) == stem.charAt(n - 2)
                && "lsz".indexOf(stem.charAt(n - 1)) < 0
                && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
