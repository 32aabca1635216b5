package org.relapseguide.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text made safe for the review page's HTML, and the skill's SSML shown as a reader sees and hears it. */
final class Html {
    private static final Pattern SUB = Pattern.compile("<sub alias=\"([^\"]*)\">([^<]*)</sub>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Html() {}

    /** Escapes the characters HTML gives a meaning to, in text and in attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The SSML body the skill sends, as HTML: the words, with each term that has a pronunciation marked and its alias
     * shown beside it. The SSML helper has already escaped the text, so only its own tags are rewritten.
     */
    static String heard(String ssmlBody) {
        Matcher matcher = SUB.matcher(ssmlBody);
        StringBuilder out = new StringBuilder(ssmlBody.length() + 64);
        while (matcher.find()) {
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement("<span class=\"term\" title=\"Alexa says: " + matcher.group(1) + "\">"
                            + matcher.group(2) + "<span class=\"alias\"> [says “" + matcher.group(1)
                            + "”]</span></span>"));
        }
        matcher.appendTail(out);
        return out.toString()
                .replace("<break time=\"300ms\"/>", "<span class=\"pause\" title=\"a short pause\"> · </span>");
    }

    /** What a speech synthesizer should say for an SSML body: each term replaced by its alias, as plain text. */
    static String spoken(String ssmlBody) {
        String aliased = SUB.matcher(ssmlBody).replaceAll("$1");
        return TAG.matcher(aliased)
                .replaceAll(" ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
