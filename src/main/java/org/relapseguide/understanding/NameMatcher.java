package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Finds drug, product and gene names in what speech recognition made of them ("blinna to mo mab", "kim riah", "oh
 * cat sill"): only against the closed list of names the content pronounces, only when a run of words both sounds
 * like a name (Double Metaphone codes equal, or one sound apart for a long name) and is spelled, as said, close to it
 * (Jaro-Winkler over spellings made phonetic: "siteomatree" against "sitometri"), so real words that merely sound
 * alike ("camera" for Kymriah) are left alone.
 */
final class NameMatcher {
    private static final int MAX_WINDOW = 6;
    private static final int MIN_COLLAPSED = 5;
    private static final int CODE_LENGTH = 12;
    /** A c before e, i or y sounds like s. */
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    /** A name whose sound code is at least this long may be heard one sound off ("new trope penny a"). */
    private static final int LONG_CODE = 5;
    /** Close enough when the sounds are equal: in spelling, or in spelling as said. */
    static final Closeness SOUND_AND_SPELLING = new Closeness(0.82, 0.88);
    /** Close enough when the sounds are one apart. */
    static final Closeness NEAR_SOUND_AND_SPELLING = new Closeness(0.88, 0.90);
    /**
     * Close enough when a long sound code is equal ("oh cat sill" and Aucatzyl are both AKTSL): five sounds in order
     * are a name's own, so its spelling as heard may stray further; only for a name in pieces (one word, "medicinas",
     * may merely sound like "mutaciones"), and not for a run with a number in it ("a 9 22 trans" sounds like
     * adherence).
     */
    static final Closeness SAME_LONG_SOUND = new Closeness(0.55, 0.75);
    /** Close enough in spelling alone. */
    static final Closeness SPELLING_ONLY = new Closeness(0.90, 2);

    /** A run of words is this close in length to a name, or it is not that name. */
    static final double MIN_LENGTH_RATIO = 0.75;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final List<Name> names = new ArrayList<>();
    /**
     * Names by the first letter of their sound codes, so a run of words is compared only with names like it; each list
     * sorted by length, so only with names about as long.
     */
    private final Map<Character, List<Name>> bySound = new HashMap<>();
    /** Names by their first letter, for the spelling-only comparison. */
    private final Map<Character, List<Name>> byFirstLetter = new HashMap<>();

    /** A short form leaves out at least this many letters of its name ("blina"), more than an ending ("-s"). */
    private static final int SHORTENED_BY = 4;

    /** The length of the longest name. */
    private final int longest;

    private final Predicate<String> known;
    private final Predicate<String> contentWord;
    private final Predicate<String> common;
    private final Set<String> articles;
    /** The language's stop words: a run of them alone ("es como si no") is never a name, however it sounds. */
    private final Set<String> stopWords;

    /**
     * A name, run together ("venoocclusive"), as said ("vinoklusiv"), with its sound codes and the words it is written
     * in ("veno", "occlusive").
     */
    private record Name(String word, String said, String primary, String alternate, List<String> words) {}

    /** How alike a run of words and a name must be spelled (Jaro-Winkler), as written or as said. */
    record Closeness(double spelled, double said) {}

    /** A name found in the words, where it was and how close it came. */
    record Found(int start, int end, Name name, double similarity) {}

    /**
     * @param names the names to look for, run together, with the words they are written in ("blinatumomab";
     *     "venoocclusive" for "veno occlusive")
     * @param known whether a word is itself a word (the content's, or a common word of the language): one of them
     *     alone is never taken for a name
     * @param contentWord whether a word is one the content uses itself: a run of words that takes one in is not a
     *     name in pieces
     * @param common whether a word is a common word of the language: one never starts a name in pieces, even when a
     *     name begins with it ("support"); the content's own short form of a name may ("blina tumo mab")
     * @param articles the language's articles, which never start a name
     * @param stopWords the language's stop words, which together are never a name ("es como si no" sounds like
     *     ozogamicin)
     */
    NameMatcher(
            Map<String, List<String>> names,
            Predicate<String> known,
            Predicate<String> contentWord,
            Predicate<String> common,
            Set<String> articles,
            Set<String> stopWords) {
        this.known = known;
        this.articles = Set.copyOf(articles);
        this.stopWords = Set.copyOf(stopWords);
        this.contentWord = contentWord;
        this.common = common;
        metaphone.setMaxCodeLen(CODE_LENGTH);
        for (Map.Entry<String, List<String>> entry : names.entrySet()) {
            String word = entry.getKey();
            if (word.length() >= MIN_COLLAPSED) {
                Name name = new Name(
                        word,
                        said(word),
                        metaphone.doubleMetaphone(word),
                        metaphone.doubleMetaphone(word, true),
                        List.copyOf(entry.getValue()));
                this.names.add(name);
                bySound.computeIfAbsent(name.primary().charAt(0), k -> new ArrayList<>())
                        .add(name);
                if (name.alternate().charAt(0) != name.primary().charAt(0)) {
                    bySound.computeIfAbsent(name.alternate().charAt(0), k -> new ArrayList<>())
                            .add(name);
                }
                byFirstLetter
                        .computeIfAbsent(word.charAt(0), k -> new ArrayList<>())
                        .add(name);
            }
        }
        Comparator<Name> byLength = Comparator.comparingInt(name -> name.word().length());
        bySound.values().forEach(list -> list.sort(byLength));
        this.longest =
                this.names.stream().mapToInt(name -> name.word().length()).max().orElse(0);
    }

    /**
     * Where, in a list of names sorted by length, the first name a run of words this long could be heard as is: a name
     * much shorter than the run is not it ({@link #closeInLength}).
     */
    private static int firstAsLong(List<Name> sorted, int length) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (length * MIN_LENGTH_RATIO > sorted.get(middle).word().length()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
        String opening = words.get(start);
        boolean isWord = known.test(opening);
        boolean ordinary = isWord && !shortForm(opening);
        if (opening.length() >= 5 && ordinary || articles.contains(opening)) {
            // A name does not start with a whole word of the language, nor with an article ("the car t" is not
            // Tecartus, "el ino" is not Eliana).
            return null;
        }
        // A word of the language that starts a run of words must leave most of the name to the words after it: "cita
        // con" is not "cytokine" (the short word says most of it), "site om a tree" may be "cytometry". A gene's code
        // said with its number ("kmt 2 a") is spelled, not heard by sound.
        int ordinaryStart = ordinary ? opening.length() : 0;
        boolean onlyStopWords = true;
        // ... and the rest must say more than stop words: "port que le" is not "protocolo".
        boolean restStopWords = true;
        for (int end = start + 1; end <= Math.min(words.size(), start + MAX_WINDOW); end++) {
            collapsed.append(words.get(end - 1));
            onlyStopWords &= stopWords.contains(words.get(end - 1));
            restStopWords &= end - start == 1 || stopWords.contains(words.get(end - 1));
            if (collapsed.length() > longest / MIN_LENGTH_RATIO) {
                // Longer than any name could be heard as; a longer run only grows.
                break;
            }
            String candidate = collapsed.toString();
            if (candidate.length() < MIN_COLLAPSED
                    || onlyStopWords
                    || (end - start == 1 && isWord)
                    || (end - start > 1 && ordinary && restStopWords)
                    || (end - start > 1
                            && 2 * ordinaryStart > candidate.length()
                            && candidate.chars().allMatch(Character::isLetter))) {
                continue;
            }
            if (end - start > 1
                    && contentWord.test(words.get(end - 1))
                    && words.get(end - 1).length() >= 5) {
                // A run that takes in a word the content uses itself ("leukemia") is not a name in pieces.
                break;
            }
            String primary = metaphone.doubleMetaphone(candidate);
            String alternate = metaphone.doubleMetaphone(candidate, true);
            if (primary.isEmpty()) {
                continue;
            }
            String said = null;
            char first = primary.charAt(0);
            List<Name> heardFirst = bySound.getOrDefault(first, List.of());
            List<Name> heardAlternate = alternate.isEmpty() || alternate.charAt(0) == first
                    ? List.of()
                    : bySound.getOrDefault(alternate.charAt(0), List.of());
            for (List<Name> soundAlikes : List.of(heardFirst, heardAlternate)) {
                for (int k = firstAsLong(soundAlikes, candidate.length()); k < soundAlikes.size(); k++) {
                    Name name = soundAlikes.get(k);
                    if (name.word().length() * MIN_LENGTH_RATIO > candidate.length()) {
                        // Sorted by length: every name from here on is too long for this run of words.
                        break;
                    }
                    if (soundAlikes == heardAlternate
                            && (name.primary().charAt(0) == first
                                    || name.alternate().charAt(0) == first)) {
                        // Filed under both letters, and already compared with the first list.
                        continue;
                    }
                    int apart = Math.min(
                            Math.min(soundsApart(primary, name.primary()), soundsApart(primary, name.alternate())),
                            Math.min(soundsApart(alternate, name.primary()), soundsApart(alternate, name.alternate())));
                    if (apart == 0 || (apart == 1 && name.primary().length() >= LONG_CODE)) {
                        said = said == null ? said(candidate) : said;
                        best = better(
                                best,
                                start,
                                end,
                                candidate,
                                said,
                                name,
                                apart > 0
                                        ? NEAR_SOUND_AND_SPELLING
                                        : name.primary().length() >= LONG_CODE
                                                        && primary.length() >= LONG_CODE
                                                        && end - start > 1
                                                        && candidate.chars().allMatch(Character::isLetter)
                                                ? SAME_LONG_SOUND
                                                : SOUND_AND_SPELLING);
                    }
                }
            }
            if (end - start == 1) {
                // Spelling alone vouches only for one misspelled word ("techartus"), never for words run together.
                for (Name name : byFirstLetter.getOrDefault(candidate.charAt(0), List.of())) {
                    if (Math.abs(name.word().length() - candidate.length()) <= 2) {
                        best = better(best, start, end, candidate, null, name, SPELLING_ONLY);
                    }
                }
            }
        }
        return best;
    }

    /** @param said the run of words as said, or null to compare spellings only */
    private static Found better(
            Found best, int start, int end, String candidate, String said, Name name, Closeness closeness) {
        if (end - start == 1 && candidate.equals(name.word())) {
            return best;
        }
        if (!closeInLength(candidate, name)) {
            return best;
        }
        double spelled = JaroWinkler.similarity(candidate, name.word());
        double asSaid = said == null ? 0 : JaroWinkler.similarity(said, name.said());
        if (spelled < closeness.spelled() && asSaid < closeness.said()) {
            return best;
        }
        double similarity = Math.max(spelled, asSaid);
        return best == null || similarity > best.similarity() ? new Found(start, end, name, similarity) : best;
    }

    /** Whether a word is the content's short form of a name ("blina" of "blinatumomab"), not a common word. */
    private boolean shortForm(String word) {
        if (common.test(word)) {
            return false;
        }
        for (Name name : byFirstLetter.getOrDefault(word.charAt(0), List.of())) {
            if (name.word().length() >= word.length() + SHORTENED_BY
                    && name.word().startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** A run of words this much longer or shorter than a name is not that name, however it sounds. */
    private static boolean closeInLength(String candidate, Name name) {
        double ratio = (double) candidate.length() / name.word().length();
        return ratio >= MIN_LENGTH_RATIO && ratio <= 1 / MIN_LENGTH_RATIO;
    }

    /** How many sounds apart two codes are (edit distance), counting only up to two. */
    private static int soundsApart(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || Math.abs(a.length() - b.length()) > 1) {
            return 2;
        }
        if (a.equals(b)) {
            return 0;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i
                && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        // One edit: what differs between the common start and end is at most one letter on each side.
        return a.length() - i - j <= 1 && b.length() - i - j <= 1 ? 1 : 2;
    }

    /**
     * A word as it sounds, spelled plainly: "cytometry" and "site om a tree" both become "sitometri"-like, and "i know
     * to zoom ab" comes near "inotuzumab", so their spellings can be compared.
     */
    static String said(String word) {
        String s = word.replace("ph", "f")
                .replace("gh", "")
                .replace("ck", "k")
                .replace("kn", "n")
                .replace("ow", "o")
                .replace("qu", "kw")
                .replace("tion", "shun")
                .replace("sion", "shun")
                .replace("ch", "k")
                .replace("x", "ks")
                .transform(w -> SOFT_C.matcher(w).replaceAll("s"))
                .replace('c', 'k')
                .replace('z', 's')
                .replace("ee", "i")
                .replace("ea", "i")
                .replace("oo", "u")
                .replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        if (out.length() > 3 && out.charAt(out.length() - 1) == 'e') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
