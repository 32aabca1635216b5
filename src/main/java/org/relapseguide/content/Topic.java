package org.relapseguide.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One question the skill can answer: a short spoken answer, up to two follow-ups, the text-message body, the words a
 * caregiver may use for it (synonyms, example questions, keyword aliases), the topics it leads on to, the sources it
 * is written from, the day it was written from them, and a clinician's sign-off once one has signed.
 *
 * @param written the day the words were last written or corrected from the sources
 * @param review a clinician's sign-off, or null; it counts only while the words are the ones signed
 * @param questions example questions, as caregivers ask them, that this topic answers
 * @param aliases keywords and short forms that point to this topic (not spoken names: the resolver's vocabulary)
 * @param related ids of topics a follow-up question in a conversation about this one is likely to mean
 * @param next the id of the topic that comes next in a course of treatment ("what comes after that?" after
 *     re-induction is consolidation), or null where nothing comes next for every patient
 */
public record Topic(
        String id,
        String title,
        Category category,
        String answer,
        List<String> more,
        String text,
        List<String> synonyms,
        List<String> sources,
        LocalDate written,
        Review review,
        List<String> questions,
        List<String> aliases,
        List<String> related,
        String next) {

    public Topic {
        more = more == null ? List.of() : List.copyOf(more);
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        sources = sources == null ? List.of() : List.copyOf(sources);
        questions = questions == null ? List.of() : List.copyOf(questions);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A topic with only its words and sources: no sign-off, example questions, aliases or related topics. */
    public Topic(
            String id,
            String title,
            Category category,
            String answer,
            List<String> more,
            String text,
            List<String> synonyms,
            List<String> sources,
            LocalDate written) {
        this(id, title, category, answer, more, text, synonyms, sources, written, null, null, null, null, null);
    }

    /** The name a caregiver says for this topic, and the slot value the interaction model uses for it. */
    public String spokenName() {
        return synonyms.isEmpty() ? title : synonyms.get(0);
    }

    /**
     * A hash of every word a caregiver hears, reads or is sent about this topic (title, answer, follow-ups, text) and
     * the sources they come from: what a clinician's sign-off vouches for.
     */
    public String wordsHash() {
        StringBuilder words = new StringBuilder();
        words.append(title).append('\n').append(answer).append('\n');
        more.forEach(m -> words.append(m).append('\n'));
        words.append(text).append('\n').append(String.join(",", sources));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(words.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The clinician's sign-off, if there is one and it is of the words the topic has now. */
    public Optional<Review> signedReview() {
        return review != null
                        && review.date() != null
                        && review.by() != null
                        && !review.by().isBlank()
                        && wordsHash().equals(review.signed())
                ? Optional.of(review)
                : Optional.empty();
    }

    public Topic withTitle(String value) {
        return new Topic(
                id, value, category, answer, more, text, synonyms, sources, written, review, questions, aliases,
                related, next);
    }

    public Topic withCategory(Category value) {
        return new Topic(
                id, title, value, answer, more, text, synonyms, sources, written, review, questions, aliases, related,
                next);
    }

    public Topic withAnswer(String value) {
        return new Topic(
                id, title, category, value, more, text, synonyms, sources, written, review, questions, aliases, related,
                next);
    }

    public Topic withMore(List<String> value) {
        return new Topic(
                id, title, category, answer, value, text, synonyms, sources, written, review, questions, aliases,
                related, next);
    }

    public Topic withText(String value) {
        return new Topic(
                id, title, category, answer, more, value, synonyms, sources, written, review, questions, aliases,
                related, next);
    }

    public Topic withSynonyms(List<String> value) {
        return new Topic(
                id, title, category, answer, more, text, value, sources, written, review, questions, aliases, related,
                next);
    }

    public Topic withSources(List<String> value) {
        return new Topic(
                id, title, category, answer, more, text, synonyms, value, written, review, questions, aliases, related,
                next);
    }

    public Topic withWritten(LocalDate value) {
        return new Topic(
                id, title, category, answer, more, text, synonyms, sources, value, review, questions, aliases, related,
                next);
    }

    public Topic withReview(Review value) {
        return new Topic(
                id, title, category, answer, more, text, synonyms, sources, written, value, questions, aliases, related,
                next);
    }

    public Topic withQuestions(List<String> value) {
        return new Topic(
                id, title, category, answer, more, text, synonyms, sources, written, review, value, aliases, related,
                next);
    }

    public Topic withAliases(List<String> value) {
        return new Topic(
                id, title, category, answer, more, text, synonyms, sources, written, review, questions, value, related,
                next);
    }

    public Topic withRelated(List<String> value) {
        return new Topic(
                id, title, category, answer, more, text, synonyms, sources, written, review, questions, aliases, value,
                next);
    }

    public Topic withNext(String value) {
        return new Topic(
                id, title, category, answer, more, text, synonyms, sources, written, review, questions, aliases,
                related, value);
    }
}
