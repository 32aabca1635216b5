package org.relapseguide.content.quality;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapseguide.content.Pronunciation;

/**
 * Finds the words in spoken text that Alexa is likely to mispronounce: acronyms, gene names that mix letters and
 * digits, and drug names by their stems. Each must be covered by a pronunciation in the content file.
 */
public final class HardTerms {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*[\\p{L}\\p{N}]|[\\p{L}]");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z]*[A-Z][A-Za-z]*");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("(?=.*\\p{L})(?=.*\\d)[\\p{L}\\d-]+");
    /** Stems of drug names (international nonproprietary name endings) and of CAR T product names. */
    private static final Pattern DRUG = Pattern.compile(
            ".{4,}(mab|nib|leucel|tagene|aginase|argase|asone|isone|cristine|rubicin|phamide|poside|rabine"
                    + "|trexate|purine|amicin|antrone)");
    /** Acronyms Alexa already says letter by letter or as the word they are. */
    private static final Set<String> SAID_WELL = Set.of("US", "UK", "OK", "TV", "IV", "DNA");

    private final List<String> covered;

    public HardTerms(List<Pronunciation> pronunciations) {
        this.covered = pronunciations.stream()
                .map(p -> p.term().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The hard terms in the text that no pronunciation covers, in order of appearance. */
    public Set<String> uncovered(String text) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            if (isHard(token) && !isCovered(token, text)) {
                missing.add(token);
            }
        }
        return missing;
    }

    static boolean isHard(String token) {
        if (SAID_WELL.contains(token)) {
            return false;
        }
        String bare = token.replace("-", "");
        if (bare.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return ACRONYM.matcher(token).matches()
                || LETTERS_AND_DIGITS.matcher(token).matches()
                || DRUG.matcher(token.toLowerCase(Locale.ROOT)).matches();
    }

    private boolean isCovered(String token, String text) {
        String lowerToken = token.toLowerCase(Locale.ROOT);
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (String term : covered) {
            if (term.equals(lowerToken) || (term.contains(lowerToken) && lowerText.contains(term))) {
                return true;
            }
        }
        return false;
    }
}
