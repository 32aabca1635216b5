package org.relapseguide.voice;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapseguide.content.Pronunciation;

/**
 * The one place speech becomes SSML: text is escaped, hard terms get a {@code sub} alias, and parts are joined
 * with a short pause. Nothing else in the skill writes SSML.
 */
public final class Ssml {
    static final String PAUSE = "<break time=\"300ms\"/>";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern INVALID_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD]");

    /** Enough for every fixed phrase and content text of a locale; parts beyond it are rendered every time. */
    private static final int MAX_REMEMBERED_PARTS = 1024;

    private final Pattern terms;
    private final Map<String, String> aliases;
    // The skill says the same few hundred parts over and over, and matching every pronunciation in each part is
    // most of a warm request's cost: each part is rendered once per content version (an Ssml lives that long).
    private final Map<String, String> renderedParts = new ConcurrentHashMap<>();

    public Ssml(List<Pronunciation> pronunciations) {
        this.aliases = new HashMap<>();
        StringBuilder alternatives = new StringBuilder();
        pronunciations.stream()
                .sorted(Comparator.comparingInt((Pronunciation p) -> p.term().length())
                        .reversed())
                .forEach(p -> {
                    aliases.put(p.term().toLowerCase(Locale.ROOT), p.alias());
                    if (alternatives.length() > 0) {
                        alternatives.append('|');
                    }
                    alternatives.append(Pattern.quote(escape(p.term())));
                });
        this.terms = alternatives.length() == 0
                ? null
                : Pattern.compile(
                        "(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}-])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Escapes the five XML metacharacters and drops characters XML cannot carry at all. */
    public static String escape(String text) {
        String clean = INVALID_XML.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Renders plain-text parts as one SSML body (without the {@code speak} element, which the SDK adds). */
    public String render(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ').append(PAUSE).append(' ');
            }
            out.append(renderPart(part));
        }
        return out.toString();
    }

    private String renderPart(String part) {
        String rendered = renderedParts.get(part);
        if (rendered == null) {
            rendered = pronounce(escape(part.trim()));
            if (renderedParts.size() < MAX_REMEMBERED_PARTS) {
                renderedParts.put(part, rendered);
            }
        }
        return rendered;
    }

    private String pronounce(String escaped) {
        if (terms == null) {
            return escaped;
        }
        Matcher matcher = terms.matcher(escaped);
        StringBuilder out = new StringBuilder(escaped.length() + 32);
        while (matcher.find()) {
            String alias = aliases.get(unescape(matcher.group()).toLowerCase(Locale.ROOT));
            String replacement = alias == null
                    ? matcher.group()
                    : "<sub alias=\"" + escape(alias) + "\">" + matcher.group() + "</sub>";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** What a listener would read on a screen: tags removed and entities restored. */
    public static String toPlainText(String ssml) {
        String noSubs = ssml.replaceAll("<sub alias=\"[^\"]*\">([^<]*)</sub>", "$1");
        return unescape(
                TAG.matcher(noSubs).replaceAll("").replaceAll("\\s+", " ").trim());
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
