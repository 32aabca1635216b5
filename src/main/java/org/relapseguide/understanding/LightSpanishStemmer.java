package org.relapseguide.understanding;

/**
 * Savoy's light stemmer for Spanish (the one Lucene ships as SpanishLightStemmer), written here so the jar carries no
 * search library: a final vowel and the plural go, "-ces" becomes "z", and words of four letters or fewer stay as
 * they are, so "fiebre" and "fiebres" meet, and "recaída" and "recaídas". Accents are already gone when it runs.
 */
final class LightSpanishStemmer implements Stemmer {
    private static final int SHORT = 4;

    @Override
    public String stem(String word) {
        int n = word.length();
        if (n <= SHORT || !Character.isLetter(word.charAt(n - 1))) {
            return word;
        }
        char last = word.charAt(n - 1);
        if (last == 'o' || last == 'a' || last == 'e') {
            return word.substring(0, n - 1);
        }
        if (last != 's') {
            return word;
        }
        if (word.endsWith("eses")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ces")) {
            return word.substring(0, n - 3) + "z";
        }
        char before = word.charAt(n - 2);
        if (before == 'o' || before == 'a' || before == 'e') {
            return word.substring(0, n - 2);
        }
        return word;
    }
}
