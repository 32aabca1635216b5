package org.relapseguide.content.quality;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.relapseguide.content.Pronunciation;

/**
 * The readability scales a locale's measures can name ({@code readability=} in {@code measures/<locale>.properties}):
 * each builds its formula for a content file's pronunciations and knows which way is easier.
 */
public enum ReadabilityScale {
    /** Flesch-Kincaid grade, for English: a school grade, lower is easier. */
    FLESCH_KINCAID("flesch-kincaid", "Flesch-Kincaid grade", false, ReadingGrade::new),
    /** INFLESZ (Szigriszt-Pazos' perspicuity), for Spanish health texts: 0 to 100, higher is easier. */
    INFLESZ("inflesz", "INFLESZ", true, Inflesz::new);

    private final String key;
    private final String label;
    private final boolean higherIsEasier;
    private final Function<List<Pronunciation>, Readability> formula;

    ReadabilityScale(
            String key, String label, boolean higherIsEasier, Function<List<Pronunciation>, Readability> formula) {
        this.key = key;
        this.label = label;
        this.higherIsEasier = higherIsEasier;
        this.formula = formula;
    }

    /** The scale a measures file names; fails fast on a name no formula implements. */
    public static ReadabilityScale named(String key) {
        return Arrays.stream(values())
                .filter(scale -> scale.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No readability formula named " + key));
    }

    /** The formula, measuring terms as their pronunciations are said. */
    public Readability formula(List<Pronunciation> pronunciations) {
        return formula.apply(pronunciations);
    }

    /** The scale's name as a report says it. */
    public String label() {
        return label;
    }

    /** Whether a score is on the easy side of a limit (the limit itself included). */
    public boolean easyEnough(double score, double limit) {
        return higherIsEasier ? score >= limit : score <= limit;
    }

    /** "at least" or "at most": how a limit on this scale reads. */
    public String limitWord() {
        return higherIsEasier ? "at least" : "at most";
    }

    /** A value that sorts scores from hardest to easiest when sorted ascending. */
    public double hardnessOrder(double score) {
        return higherIsEasier ? score : -score;
    }
}
