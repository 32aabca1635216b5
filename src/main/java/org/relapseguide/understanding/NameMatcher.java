package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Finds drug, product and gene names in what speech recognition made of them ("blinna to mo mab", "kim riah"):
 * only against the closed list of names the content pronounces, only when a run of words both sounds like a name
 * (Double Metaphone) and is spelled close to it (Jaro-Winkler), so real words that merely sound alike ("camera"
 * for Kymriah) are left alone.
 */
final class NameMatcher {
    private static final int MAX_WINDOW = 6;
    private static final int MIN_COLLAPSED = 5;
    /** Close enough in spelling when the sounds agree too. */
    static final double SOUND_AND_SPELLING = 0.82;
    /** Close enough in spelling alone. */
    static final double SPELLING_ONLY = 0.90;

    /** A run of words is this close in length to a name, or it is not that name. */
    static final double MIN_LENGTH_RATIO = 0.75;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final List<Name> names = new ArrayList<>();
    /** Names by their sound codes, so a run of words is compared only with names that sound like it. */
    private final Map<String, List<Name>> bySound = new HashMap<>();
    /** Names by their first letter, for the spelling-only comparison. */
    private final Map<Character, List<Name>> byFirstLetter = new HashMap<>();

    private final Predicate<String> known;

    /** A name, run together ("venoocclusive"), with the words it is written in ("veno", "occlusive"). */
    private record Name(String word, String primary, String alternate, List<String> words) {}

    /** A name found in the words, where it was and how close it came. */
    record Found(int start, int end, Name name, double similarity) {}

    /**
     * @param names the names to look for, run together, with the words they are written in ("blinatumomab";
     *     "venoocclusive" for "veno occlusive")
     * @param known whether a word is itself a word (the content's, or a common word of the language): one of them
     *     alone is never taken for a name
     */
    NameMatcher(Map<String, List<String>> names, Predicate<String> known) {
        this.known = known;
        metaphone.setMaxCodeLen(8);
        for (Map.Entry<String, List<String>> entry : names.entrySet()) {
            String word = entry.getKey();
            if (word.length() >= MIN_COLLAPSED) {
                Name name = new Name(
                        word,
                        metaphone.doubleMetaphone(word),
                        metaphone.doubleMetaphone(word, true),
                        List.copyOf(entry.getValue()));
                this.names.add(name);
                bySound.computeIfAbsent(name.primary(), k -> new ArrayList<>()).add(name);
                if (!name.alternate().equals(name.primary())) {
                    bySound.computeIfAbsent(name.alternate(), k -> new ArrayList<>())
                            .add(name);
                }
                byFirstLetter
                        .computeIfAbsent(word.charAt(0), k -> new ArrayList<>())
                        .add(name);
            }
        }
    }

    /** Replaces each run of words that is a mangled name by the name itself. */
    List<String> restore(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Found found = bestAt(words, i);
            if (found == null) {
                out.add(words.get(i));
                i++;
            } else {
                out.addAll(found.name().words());
                i = found.end();
            }
        }
        return out;
    }

    private Found bestAt(List<String> words, int start) {
        Found best = null;
        StringBuilder collapsed = new StringBuilder();
        if (words.get(start).length() >= 5 && known.test(words.get(start))) {
            return null;
        }
        for (int end = start + 1; end <= Math.min(words.size(), start + MAX_WINDOW); end++) {
            collapsed.append(words.get(end - 1));
            String candidate = collapsed.toString();
            if (candidate.length() < MIN_COLLAPSED || (end - start == 1 && known.test(candidate))) {
                continue;
            }
            if (end - start > 1
                    && known.test(words.get(end - 1))
                    && words.get(end - 1).length() >= 5) {
                // A run that takes in a word the content uses itself ("leukemia") is not a name in pieces.
                break;
            }
            Set<Name> soundAlikes =
                    new HashSet<>(bySound.getOrDefault(metaphone.doubleMetaphone(candidate), List.of()));
            soundAlikes.addAll(bySound.getOrDefault(metaphone.doubleMetaphone(candidate, true), List.of()));
            for (Name name : soundAlikes) {
                best = better(best, start, end, candidate, name, SOUND_AND_SPELLING);
            }
            if (end - start == 1) {
                // Spelling alone vouches only for one misspelled word ("techartus"), never for words run together.
                for (Name name : byFirstLetter.getOrDefault(candidate.charAt(0), List.of())) {
                    if (Math.abs(name.word().length() - candidate.length()) <= 2) {
                        best = better(best, start, end, candidate, name, SPELLING_ONLY);
                    }
                }
            }
        }
        return best;
    }

    private static Found better(Found best, int start, int end, String candidate, Name name, double threshold) {
        if (end - start == 1 && candidate.equals(name.word())) {
            return best;
        }
        double ratio = (double) candidate.length() / name.word().length();
        if (ratio < MIN_LENGTH_RATIO || ratio > 1 / MIN_LENGTH_RATIO) {
            return best;
        }
        double similarity = JaroWinkler.similarity(candidate, name.word());
        return similarity >= threshold && (best == null || similarity > best.similarity())
                ? new Found(start, end, name, similarity)
                : best;
    }
}
