package org.relapseguide.understanding;

/**
 * Reduces a word to the form questions and content are matched in, so "fainted", "faints" and "fainting" meet.
 * Light on purpose: no stemmer joins "testicles" and "testicular", and a heavy one turns "testes" into "test";
 * the language's equivalences do that work.
 */
public interface Stemmer {

    String stem(String word);

    /** The stemmer a language's resources name in their {@code [stemmer]} section. */
    static Stemmer named(String name) {
        return switch (name) {
            case "light-english" -> new LightEnglishStemmer();
            case "light-spanish" -> new LightSpanishStemmer();
            case "spanish-verbs" -> new SpanishVerbStemmer();
            case "none" -> word -> word;
            default -> throw new IllegalStateException("Unknown stemmer " + name);
        };
    }
}
