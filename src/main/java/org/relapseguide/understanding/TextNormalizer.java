package org.relapseguide.understanding;

import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns what was said (or written in the content) into the words it is understood by: lower case, accents optional,
 * contractions and possessives undone, spelled letters run together ("m r d" to "mrd"), spoken numbers as digits,
 * and the language's equivalences ("came back" to "relapse"), all from the language's resources.
 */
final class TextNormalizer {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[\u2018\u2019\u02bc`]");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private final Map<String, List<String>> contractions = new HashMap<>();
    private final Map<String, String> numbers;
    private final Set<String> knownTerms;
    /** The word that joins a number said in words: "a hundred and three", "treinta y seis". */
    private final String and;
    /**
     * One-letter words that are words of the language, not letters, inside a run of letters ("car t y el trasplante":
     * "y" is "and"), unless the whole run is a term the content uses.
     */
    private final Set<String> letterWords;
    /** What a number measures when said right after it ("38 point 9", "39 grados"): never an age then. */
    private final Set<String> units;
    /** Phrases to their canonical words, longest first, as token lists. */
    private final List<Replacement> equivalences = new ArrayList<>();

    private final Map<String, List<Replacement>> equivalencesByFirstWord = new HashMap<>();

    private record Replacement(List<String> phrase, List<String> canonical) {}

    private static final int HUNDRED = 100;
    /**
     * The "oh" or zero of a number read digit by digit ("one oh two", "one zero one", "uno cero dos"); English, and said
     * the same in Spanglish.
     */
    private static final Set<String> OH = Set.of("oh", "zero", "cero", "0");

    private static final int THOUSAND = 1000;
    /** In an equivalence, "#" stands for any adult's age ("tiene # años"): from 18 to 99. */
    private static final String AGE = "#";
    /** ... and "%" for a child's, from 0 to 17 ("was % when he got sick"). */
    private static final String CHILD_AGE = "%";

    private static final int ADULT_FROM = 18;
    private static final int ADULT_TO = 99;

    /**
     * @param knownTerms words the content uses that spelled letters may stand for ("mrd", "icans", "gvhd")
     */
    TextNormalizer(Language language, Set<String> knownTerms) {
        this.knownTerms = knownTerms;
        language.pairs("contractions").forEach((from, to) -> contractions.put(from, List.of(to.split(" "))));
        this.numbers = new HashMap<>();
        language.pairs("numbers").forEach((word, digits) -> numbers.put(withoutAccents(word), digits));
        this.and = language.setting("number-and", "and");
        this.units = Set.of(String.join(" ", language.lines("units")).strip().split("\\s+"));
        this.letterWords = new HashSet<>();
        for (String line : language.lines("letter-words")) {
            letterWords.addAll(List.of(line.strip().split("\\s+")));
        }
        language.pairs("equivalences").forEach((canonical, variants) -> {
            List<String> to = plain(canonical);
            // The canonical phrase stands for itself, so "bone marrow" is not read as "bone" and then "marrow".
            equivalences.add(new Replacement(to, to));
            for (String variant : variants.split(",")) {
                for (String one : withAges(variant)) {
                    List<String> from = plain(one);
                    if (!from.isEmpty() && !from.equals(to)) {
                        equivalences.add(new Replacement(from, to));
                    }
                }
            }
        });
        equivalences.sort(
                Comparator.comparingInt((Replacement r) -> r.phrase().size()).reversed());
        for (Replacement replacement : equivalences) {
            equivalencesByFirstWord
                    .computeIfAbsent(replacement.phrase().get(0), k -> new ArrayList<>())
                    .add(replacement);
        }
    }

    /** A variant as said: with each adult's age for "#" ("tiene # años"), each child's for "%", or as written. */
    private static List<String> withAges(String variant) {
        if (!variant.contains(AGE) && !variant.contains(CHILD_AGE)) {
            return List.of(variant);
        }
        boolean adult = variant.contains(AGE);
        IntStream ages = adult ? IntStream.rangeClosed(ADULT_FROM, ADULT_TO) : IntStream.range(0, ADULT_FROM);
        String mark = adult ? AGE : CHILD_AGE;
        return ages.mapToObj(age -> variant.replace(mark, String.valueOf(age))).toList();
    }

    /** The words of a text, with contractions, letters and numbers undone, before any equivalence. */
    List<String> plain(String text) {
        String lower = CURLY_APOSTROPHE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'");
        String bare = withoutAccents(lower);
        List<String> words = new ArrayList<>();
        for (String raw : NOT_WORD.matcher(bare).replaceAll(" ").trim().split(" ")) {
            if (raw.isEmpty()) {
                continue;
            }
            List<String> expanded = contractions.get(raw);
            if (expanded != null) {
                words.addAll(expanded);
                continue;
            }
            String word = raw.endsWith("'s") ? raw.substring(0, raw.length() - 2) : raw;
            word = word.replace("'", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return joinSpelledLetters(spokenNumbers(words));
    }

    /**
     * Spoken numbers as digits, a compound said in words as one number: "twenty one" to 21, "a hundred and three" to
     * "a 103", while a lone number word stays one digit ("i k z f one" keeps its 1).
     */
    private List<String> spokenNumbers(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            // A temperature read out digit by digit: "one oh two", "1 oh 3", "one zero one" to 102, 103, 101.
            if (i + 2 < words.size()
                    && (words.get(i).equals("1") || Integer.valueOf(1).equals(number(words.get(i))))
                    && OH.contains(words.get(i + 1))) {
                Integer last = words.get(i + 2).length() == 1
                                && Character.isDigit(words.get(i + 2).charAt(0))
                        ? Integer.valueOf(words.get(i + 2))
                        : number(words.get(i + 2));
                if (last != null && last < 10) {
                    out.add(String.valueOf(HUNDRED + last));
                    i += 3;
                    continue;
                }
            }
            Integer first = number(words.get(i));
            if (first == null) {
                out.add(words.get(i));
                i++;
                continue;
            }
            int total = 0;
            int current = first == HUNDRED ? HUNDRED : first;
            int end = i + 1;
            while (end < words.size()) {
                boolean and = words.get(end).equals(this.and) && end + 1 < words.size() && current % 10 == 0;
                Integer next = number(words.get(and ? end + 1 : end));
                if (next == null) {
                    break;
                }
                if (next == HUNDRED && current > 0 && current < HUNDRED) {
                    current *= HUNDRED;
                } else if (next == THOUSAND && current > 0) {
                    total += current * THOUSAND;
                    current = 0;
                } else if (next < HUNDRED
                        && (current % HUNDRED == 0 || (current % 10 == 0 && current % HUNDRED >= 20 && next < 10))) {
                    current += next;
                } else {
                    break;
                }
                end += and ? 2 : 1;
            }
            out.add(String.valueOf(total + current));
            i = end;
        }
        return out;
    }

    private Integer number(String word) {
        String digits = numbers.get(word);
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static String withoutAccents(String text) {
        // Plain ASCII has no accent to take off: no Unicode tables to load on an English cold start.
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        return COMBINING.matcher(Normalizer.normalize(text, Form.NFD)).replaceAll("");
    }

    /** The words a text is understood by: {@link #plain} words, then the language's equivalences. */
    List<String> words(String text) {
        return equivalent(plain(text));
    }

    List<String> equivalent(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Replacement match = null;
            for (Replacement candidate : equivalencesByFirstWord.getOrDefault(words.get(i), List.of())) {
                if (startsAt(words, i, candidate.phrase()) && !aMeasure(words, i, candidate.phrase())) {
                    match = candidate;
                    break;
                }
            }
            if (match == null) {
                out.add(words.get(i));
                i++;
            } else {
                out.addAll(match.canonical());
                i += match.phrase().size();
            }
        }
        return out;
    }

    /**
     * Whether a phrase that ends in a number is a measure where it is said ("my daughter is 38 point 9", "está en 39
     * grados"): then the number is no age.
     */
    private boolean aMeasure(List<String> words, int at, List<String> phrase) {
        int after = at + phrase.size();
        return after < words.size()
                && phrase.get(phrase.size() - 1).chars().allMatch(Character::isDigit)
                && units.contains(words.get(after));
    }

    private static boolean startsAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The content's term a run of letters repeats whole, two times or more ("mrdmrd"), if any. */
    private Optional<String> repeatedTerm(String run) {
        if (knownTerms.contains(run)) {
            return Optional.empty();
        }
        for (int length = 2; length <= run.length() / 2; length++) {
            String term = run.substring(0, length);
            if (run.length() % length == 0
                    && knownTerms.contains(term)
                    && term.repeat(run.length() / length).equals(run)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs of single letters become one word ("m r d" to "mrd"). A run that starts with the words "a" or "i" keeps
     * them apart unless the whole run is a term the content uses ("i c a n s" is ICANS; "a m r d" is "a" and MRD),
     * or only two letters follow them, since two-letter names are rarer than three ("an a n c" is ANC).
     */
    private List<String> joinSpelledLetters(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Optional<BridgedTerm> bridged = bridgedTerm(words, i);
            if (bridged.isPresent()) {
                out.add(bridged.get().term());
                i = bridged.get().end();
                continue;
            }
            int end = i;
            while (end < words.size() && isLetter(words.get(end))) {
                end++;
            }
            if (end - i < 2) {
                out.add(words.get(i));
                i++;
                continue;
            }
            String run = String.join("", words.subList(i, end));
            // "M r d m r d": a term the content uses, said twice over, is that term twice.
            Optional<String> repeated = repeatedTerm(run);
            if (repeated.isPresent()) {
                for (int k = 0; k < run.length() / repeated.get().length(); k++) {
                    out.add(repeated.get());
                }
                i = end;
                continue;
            }
            if (!letterWords.isEmpty() && !knownTerms.contains(run)) {
                int split = firstLetterWord(words, i, end);
                if (split >= 0) {
                    // The letters before the word, the word itself, then the letters after it, each on its own.
                    out.addAll(joinSpelledLetters(words.subList(i, split)));
                    out.add(words.get(split));
                    out.addAll(joinSpelledLetters(words.subList(split + 1, end)));
                    i = end;
                    continue;
                }
            }
            // "What's g v h d i keep seeing": a term the content uses, then the speaker's own "i".
            String last = words.get(end - 1);
            String before = run.substring(0, run.length() - 1);
            if ((last.equals("i") || last.equals("a"))
                    && end - i >= 3
                    && !knownTerms.contains(run)
                    && knownTerms.contains(before)) {
                out.add(before);
                out.add(last);
                i = end;
                continue;
            }
            boolean leadingWord = words.get(i).equals("a") || words.get(i).equals("i");
            if (!leadingWord || knownTerms.contains(run) || end - i == 3) {
                out.add(run);
            } else if (end - i > 3) {
                out.add(words.get(i));
                out.add(run.substring(1));
            } else {
                out.addAll(words.subList(i, end));
            }
            i = end;
        }
        return out;
    }

    /** A term spelled in letters joined by "and", and where its words end. */
    private record BridgedTerm(String term, int end) {}

    /**
     * Letters joined by the language's "and" that spell a term the content uses ("the m and r d thing" is MRD, "la m y
     * r d" too: the "y" joins, it is not spelled); none for letters with no "and" between them.
     */
    private Optional<BridgedTerm> bridgedTerm(List<String> words, int from) {
        StringBuilder term = new StringBuilder();
        int end = from;
        boolean bridged = false;
        while (end < words.size() && isLetter(words.get(end))) {
            term.append(words.get(end));
            end++;
            if (end + 1 < words.size() && words.get(end).equals(and) && isLetter(words.get(end + 1))) {
                bridged = true;
                end++;
            }
        }
        return bridged && term.length() > 1 && knownTerms.contains(term.toString())
                ? Optional.of(new BridgedTerm(term.toString(), end))
                : Optional.empty();
    }

    private int firstLetterWord(List<String> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (letterWords.contains(words.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isLetter(String word) {
        return word.length() == 1 && Character.isLetter(word.charAt(0));
    }
}
