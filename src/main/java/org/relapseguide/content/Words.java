package org.relapseguide.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalization shared by everything that compares what a caregiver said with the content. */
public final class Words {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[\u2018\u2019\u02bc]");

    private Words() {}

    /** Lower case, curly apostrophes straightened, punctuation and runs of spaces collapsed to one space. */
    public static String normalize(String text) {
        String straight =
                CURLY_APOSTROPHE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'");
        return NOT_WORD.matcher(straight).replaceAll(" ").trim();
    }

    /**
     * The form two spoken names are compared in: normalized, with spelled-out letters run together, so
     * "m. r. d.", "m r d" and "MRD" are one key.
     */
    public static String key(String text) {
        String[] parts = normalize(text).split(" ");
        StringBuilder out = new StringBuilder();
        boolean previousWasLetter = false;
        for (String part : parts) {
            boolean letter = part.length() == 1 && Character.isLetter(part.charAt(0));
            if (out.length() > 0 && !(letter && previousWasLetter)) {
                out.append(' ');
            }
            out.append(part);
            previousWasLetter = letter;
        }
        return out.toString();
    }

    /** Counts words the way the content rules do: runs of non-space characters. */
    public static int count(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
