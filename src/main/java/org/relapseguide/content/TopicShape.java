package org.relapseguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules one topic must meet on its own, needing nothing else of the content or the skill's phrases: an id, every
 * field a caregiver hears or is texted, none of them longer than a breath or a text. The skill applies these to every
 * topic it reads from the content table, so a malformed or oversized item is skipped, never spoken; the editorial
 * rules that need the whole file live in {@code content.quality.ContentValidator}.
 */
public final class TopicShape {
    public static final int MAX_MORE = 2;
    /** A title is spoken inside other sentences ("Last time we talked about ..."), so it must stay a name. */
    public static final int MAX_TITLE_WORDS = 8;

    public static final int MAX_TITLE_CHARS = 60;
    /**
     * The texted details alone, at most two GSM-7 segments (306 characters); with the title, link and footer the
     * editorial rules hold the whole message to two segments too.
     */
    public static final int MAX_TEXT_CHARS = 306;

    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private TopicShape() {}

    /**
     * The findings for one topic; empty when the skill may say it.
     *
     * @param measures the limits of the topic's locale (its words an answer)
     */
    public static List<Finding> check(Topic topic, ContentMeasures measures) {
        List<Finding> findings = new ArrayList<>();
        String where = "topic " + topic.id();
        if (topic.id() == null || !ID.matcher(topic.id()).matches()) {
            findings.add(new Finding(where, "id", "id must be lower snake case"));
        }
        if (require(findings, where, "title", topic.title())) {
            int words = Words.count(topic.title());
            if (words > MAX_TITLE_WORDS || topic.title().length() > MAX_TITLE_CHARS) {
                findings.add(new Finding(
                        where,
                        "title",
                        "title has " + words + " words and "
                                + topic.title().length() + " characters; at most " + MAX_TITLE_WORDS + " and "
                                + MAX_TITLE_CHARS));
            }
        }
        if (topic.category() == null) {
            findings.add(new Finding(where, "category", "category is missing"));
        }
        if (require(findings, where, "answer", topic.answer())) {
            checkLength(findings, where, "answer", topic.answer(), measures);
        }
        if (topic.more().size() > MAX_MORE) {
            findings.add(new Finding(where, "more", "at most " + MAX_MORE + " follow-ups"));
        }
        for (int i = 0; i < topic.more().size(); i++) {
            checkLength(findings, where, "more[" + i + "]", topic.more().get(i), measures);
        }
        if (require(findings, where, "text", topic.text()) && topic.text().length() > MAX_TEXT_CHARS) {
            findings.add(new Finding(
                    where, "sms", "text has " + topic.text().length() + " characters; at most " + MAX_TEXT_CHARS));
        }
        return findings;
    }

    private static void checkLength(
            List<Finding> findings, String where, String field, String text, ContentMeasures measures) {
        int words = Words.count(text);
        if (words == 0) {
            findings.add(new Finding(where, "words", field + " is empty"));
        } else if (words > measures.answerWords()) {
            findings.add(
                    new Finding(where, "words", field + " has " + words + " words; at most " + measures.answerWords()));
        } else if (text.length() > measures.answerCharacters()) {
            findings.add(new Finding(
                    where,
                    "words",
                    field + " has " + text.length() + " characters; at most " + measures.answerCharacters()));
        }
    }

    private static boolean require(List<Finding> findings, String where, String field, String value) {
        if (value == null || value.isBlank()) {
            findings.add(new Finding(where, "required", field + " is missing"));
            return false;
        }
        return true;
    }
}
