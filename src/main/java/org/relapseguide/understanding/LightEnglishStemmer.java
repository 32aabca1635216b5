package org.relapseguide.understanding;

/** English plurals, -ed and -ing, and nothing else: "infections" to "infection", "fainted" to "faint". */
final class LightEnglishStemmer implements Stemmer {

    @Override
    public String stem(String word) {
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
