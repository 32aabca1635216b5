package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases to find in a sentence's words, written as the language's resources write them: words, with
 * {@code *} for up to three words, {@code ...} for up to eight, and {@code ~} for any number in between, a range
 * such as {@code 70-89} for a whole number said in it, and a leading {@code ^} for a phrase that only opens a
 * sentence. Phrases and sentence are compared word by word after the same normalization and stemming.
 */
final class Phrases {
    private static final String FEW = "*";
    private static final String MANY = "...";
    private static final String ANY = "~";
    private static final String OPENING = "^";
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

    /** A phrase found, by where its words start and end in the sentence. */
    record Hit(String phrase, int start, int end) {}

    private record Phrase(String text, List<String> words, boolean opening) {}

    private final List<Phrase> phrases = new ArrayList<>();
    /** The phrases by their first word, so a sentence is tried only against phrases that can start where it is. */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** The phrases that open with a range ("101-107 grados"), tried where a number is said. */
    private final List<Phrase> byFirstNumber = new ArrayList<>();

    /**
     * @param lines the phrases, as written
     * @param words how a phrase becomes the words it matches (the same steps a sentence takes)
     */
    Phrases(List<String> lines, Function<String, List<String>> words) {
        for (String line : lines) {
            boolean opening = line.startsWith(OPENING + " ");
            List<String> parts = new ArrayList<>();
            for (String chunk : (opening ? line.substring(2) : line).split(" ")) {
                if (chunk.equals(FEW)
                        || chunk.equals(MANY)
                        || chunk.equals(ANY)
                        || RANGE.matcher(chunk).matches()) {
                    parts.add(chunk);
                } else if (!chunk.isBlank()) {
                    parts.addAll(words.apply(chunk));
                }
            }
            if (!parts.isEmpty() && !isGap(parts.get(0))) {
                Phrase phrase = new Phrase(line, List.copyOf(parts), opening);
                phrases.add(phrase);
                if (RANGE.matcher(parts.get(0)).matches()) {
                    byFirstNumber.add(phrase);
                } else {
                    byFirstWord
                            .computeIfAbsent(parts.get(0), k -> new ArrayList<>())
                            .add(phrase);
                }
            }
        }
    }

    private Phrases() {}

    /** All the phrases of several lists as one list, to ask in one pass whether any of them is said. */
    static Phrases union(Collection<Phrases> lists) {
        Phrases all = new Phrases();
        for (Phrases list : lists) {
            all.phrases.addAll(list.phrases);
            all.byFirstNumber.addAll(list.byFirstNumber);
            list.byFirstWord.forEach((word, phrases) -> all.byFirstWord
                    .computeIfAbsent(word, k -> new ArrayList<>())
                    .addAll(phrases));
        }
        return all;
    }

    /** Every place any phrase occurs in the words. */
    List<Hit> find(List<String> sentence) {
        List<Hit> hits = new ArrayList<>();
        for (int start = 0; start < sentence.size(); start++) {
            for (Phrase phrase : startingAt(sentence.get(start))) {
                if (phrase.opening() && start > 0) {
                    continue;
                }
                int end = matchAt(sentence, start, phrase.words(), 0);
                if (end >= 0) {
                    hits.add(new Hit(phrase.text(), start, end));
                }
            }
        }
        return hits;
    }

    /**
     * For a hit of a phrase with one "..." in it ("what does ... mean"): how many of the phrase's words come before
     * the gap and how many after it, so the words the gap took are known; empty for a phrase without one.
     */
    Optional<int[]> aroundGap(Hit hit) {
        return phrases.stream()
                .filter(phrase -> phrase.text().equals(hit.phrase()))
                .findFirst()
                .filter(phrase -> phrase.words().indexOf(MANY) >= 0)
                .map(phrase -> {
                    int gap = phrase.words().indexOf(MANY);
                    return new int[] {gap, phrase.words().size() - gap - 1};
                });
    }

    /** The phrases that may start at a word: those opening with it, and, at a number, those opening with a range. */
    private List<Phrase> startingAt(String word) {
        List<Phrase> byWord = byFirstWord.getOrDefault(word, List.of());
        if (byFirstNumber.isEmpty() || word.isEmpty() || !Character.isDigit(word.charAt(0))) {
            return byWord;
        }
        List<Phrase> both = new ArrayList<>(byWord);
        both.addAll(byFirstNumber);
        return both;
    }

    private static boolean isGap(String part) {
        return part.equals(FEW) || part.equals(MANY) || part.equals(ANY);
    }

    /** Whether any phrase occurs in the words: the same as a find with hits, stopping at the first. */
    boolean anyIn(List<String> sentence) {
        for (int start = 0; start < sentence.size(); start++) {
            for (Phrase phrase : startingAt(sentence.get(start))) {
                if (!(phrase.opening() && start > 0) && matchAt(sentence, start, phrase.words(), 0) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return where the match ends (exclusive), or -1 */
    private static int matchAt(List<String> sentence, int at, List<String> pattern, int p) {
        if (p == pattern.size()) {
            return at;
        }
        String part = pattern.get(p);
        if (part.equals(FEW) || part.equals(MANY) || part.equals(ANY)) {
            int most = part.equals(FEW) ? 3 : part.equals(MANY) ? 8 : sentence.size();
            for (int skip = 0; skip <= most && at + skip <= sentence.size(); skip++) {
                int end = matchAt(sentence, at + skip, pattern, p + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at < sentence.size() && (sentence.get(at).equals(part) || inRange(sentence.get(at), part))) {
            return matchAt(sentence, at + 1, pattern, p + 1);
        }
        return -1;
    }

    /** Whether a word is a whole number within a range part ("85" in "70-89"). */
    private static boolean inRange(String word, String part) {
        if (part.isEmpty()
                || !Character.isDigit(part.charAt(0))
                || word.isEmpty()
                || word.length() > 4
                || !word.chars().allMatch(Character::isDigit)) {
            return false;
        }
        Matcher range = RANGE.matcher(part);
        if (!range.matches()) {
            return false;
        }
        int number = Integer.parseInt(word);
        return number >= Integer.parseInt(range.group(1)) && number <= Integer.parseInt(range.group(2));
    }
}
