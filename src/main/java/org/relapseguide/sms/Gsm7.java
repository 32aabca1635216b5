package org.relapseguide.sms;

import java.text.Normalizer;

/**
 * The GSM 03.38 alphabet that keeps a text at 160 characters a segment: normalizing typography into it,
 * checking it and counting its segments. One character outside it makes a whole text UCS-2 at 70 a segment.
 */
public final class Gsm7 {
    /** Characters that take one septet. */
    private static final String BASIC = "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
            + "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9"
            + " !\"#\u00a4%&'()*+,-./0123456789:;<=>?"
            + "\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
            + "\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0";
    /** Characters that take two septets (an escape and the character). */
    private static final String EXTENDED = "^{}\\[~]|\u20ac\f";

    public static final int SINGLE_SEGMENT = 160;
    public static final int MULTI_SEGMENT = 153;
    /** Two segments: the most a text may cost. */
    public static final int TWO_SEGMENTS = 2 * MULTI_SEGMENT;

    private Gsm7() {}

    /**
     * Replaces curly quotes, dashes, ellipses, odd spaces and the accents GSM-7 lacks with their plain GSM-7
     * equivalents ({@link #foldAccents}); whatever is left outside GSM-7 becomes "?".
     */
    public static String normalize(String text) {
        String replaced = text.replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201a', '\'')
                .replace('\u2032', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u201e', '"')
                .replace('\u2033', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u2012', '-')
                .replace('\u2010', '-')
                .replace('\u2011', '-')
                .replace('\u2212', '-')
                .replace("\u2026", "...")
                .replace('\u00a0', ' ')
                .replace('\u2007', ' ')
                .replace('\u202f', ' ')
                .replace('\u2009', ' ')
                .replace("\u2264", "<=")
                .replace("\u2265", ">=")
                .replace("\u00b5", "u")
                .replace("\u2022", "-")
                .replace("\t", " ");
        String folded = foldAccents(replaced);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(isGsm7(c) ? c : '?');
        }
        return out.toString();
    }

    /**
     * Drops the accents GSM-7 lacks and keeps those it has: Spanish "información médica, ¿sí?" becomes "informacion
     * médica, ¿si?" (é, ñ, ü, ¿ and ¡ stay). Dropping the accent is what Spanish texts commonly do, and it keeps a
     * text at 153 characters a segment instead of UCS-2's 67. Anything else outside GSM-7 is left as it is.
     */
    public static String foldAccents(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String bare =
                    Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            out.append(isGsm7(c) || !isGsm7(bare) ? String.valueOf(c) : bare);
        }
        return out.toString();
    }

    public static boolean isGsm7(char c) {
        return BASIC.indexOf(c) >= 0 || EXTENDED.indexOf(c) >= 0;
    }

    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isGsm7(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The septets a text takes, counting extension characters twice. */
    public static int septets(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += EXTENDED.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return count;
    }

    /** How many SMS segments a GSM-7 text is billed as. */
    public static int segments(String text) {
        int septets = septets(text);
        if (septets <= SINGLE_SEGMENT) {
            return 1;
        }
        return (septets + MULTI_SEGMENT - 1) / MULTI_SEGMENT;
    }
}
