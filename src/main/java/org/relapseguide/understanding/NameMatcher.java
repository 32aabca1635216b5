package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Finds drug, product and gene names in what speech recognition made of them ("blinna to mo mab", "kim riah"):
 * only against the closed list of names the content pronounces, only when a run of words both sounds like a name
 * (Double Metaphone) and is spelled close to it (Jaro-Winkler), so real words that merely sound alike ("camera"
 * for Kymriah) are left alone.
 */
final class NameMatcher {
    private static final int MAX_WINDOW = 4;
    private static final int MIN_COLLAPSED = 5;
    /** Close enough in spelling when the sounds agree too. */
    static final double SOUND_AND_SPELLING = 0.84;
    /** Close enough in spelling alone. */
    static final double SPELLING_ONLY = 0.93;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final List<Name> names = new ArrayList<>();
    /** Names by their sound codes, so a run of words is compared only with names that sound like it. */
    private final Map<String, List<Name>> bySound = new HashMap<>();
    /** Names by their first letter, for the spelling-only comparison. */
    private final Map<Character, List<Name>> byFirstLetter = new HashMap<>();
    private final Set<String> vocabulary;

    private record Name(String word, String primary, String alternate) {}

    /** A name found in the words, where it was and how close it came. */
    record Found(int start, int end, String name, double similarity) {}

    /**
     * @param names the one-word names to look for, as the content writes them ("blinatumomab", "kymriah")
     * @param vocabulary words that are themselves known (content and common words): one of them alone is never
     *     taken for a name
     */
    NameMatcher(Set<String> names, Set<String> vocabulary) {
        this.vocabulary = vocabulary;
        metaphone.setMaxCodeLen(8);
        for (String word : names) {
            if (word.length() >= MIN_COLLAPSED) {
                Name name = new Name(word, metaphone.doubleMetaphone(word), metaphone.doubleMetaphone(word, true));
                this.names.add(name);
                bySound.computeIfAbsent(name.primary(), k -> new ArrayList<>()).add(name);
                if (!name.alternate().equals(name.primary())) {
                    bySound.computeIfAbsent(name.alternate(), k -> new ArrayList<>()).add(name);
                }
                byFirstLetter.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(name);
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
                out.add(found.name());
                i = found.end();
            }
        }
        return out;
    }

    private Found bestAt(List<String> words, int start) {
        Found best = null;
        StringBuilder collapsed = new StringBuilder();
        for (int end = start + 1; end <= Math.min(words.size(), start + MAX_WINDOW); end++) {
            collapsed.append(words.get(end - 1));
            String candidate = collapsed.toString();
            if (candidate.length() < MIN_COLLAPSED || (end - start == 1 && vocabulary.contains(candidate))) {
                continue;
            }
            Set<Name> soundAlikes = new HashSet<>(bySound.getOrDefault(metaphone.doubleMetaphone(candidate), List.of()));
            soundAlikes.addAll(bySound.getOrDefault(metaphone.doubleMetaphone(candidate, true), List.of()));
            for (Name name : soundAlikes) {
                best = better(best, start, end, candidate, name, SOUND_AND_SPELLING);
            }
            for (Name name : byFirstLetter.getOrDefault(candidate.charAt(0), List.of())) {
                if (Math.abs(name.word().length() - candidate.length()) <= 2) {
                    best = better(best, start, end, candidate, name, SPELLING_ONLY);
                }
            }
        }
        return best;
    }

    private static Found better(Found best, int start, int end, String candidate, Name name, double threshold) {
        if (end - start == 1 && candidate.equals(name.word())) {
            return best;
        }
        double similarity = JaroWinkler.similarity(candidate, name.word());
        return similarity >= threshold && (best == null || similarity > best.similarity())
                ? new Found(start, end, name.word(), similarity)
                : best;
    }
}
