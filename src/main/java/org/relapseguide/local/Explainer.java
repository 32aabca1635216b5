package org.relapseguide.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relapseguide.content.ContentFile;
import org.relapseguide.understanding.Language;
import org.relapseguide.understanding.Understander;
import org.relapseguide.understanding.Understanding;

/**
 * Says how a typed question was understood, for {@code chat --explain} and {@code nlu eval --verbose}: what Alexa
 * would have sent (intent, slot, resolution), and how the skill read the slot's words (the rule that decided, the
 * words it matched on, the best topic with its score and the runner-up). It reads the words with the same resolver
 * and content the skill uses, so it explains the skill's reading; it never changes it.
 */
final class Explainer {
    private final Understander understander;

    Explainer(String locale) {
        this.understander = new Understander(ContentFile.bundled(locale), Language.load(locale));
    }

    /** Two lines: what Alexa sends, and how the skill reads it. */
    String explain(UtteranceMatcher.Match match, Optional<String> conversationTopic) {
        List<String> lines = new ArrayList<>();
        lines.add("  [alexa] " + match.intent() + heardSlots(match));
        reading(match, conversationTopic).ifPresent(reading -> lines.add("  [skill] " + reading));
        return String.join(System.lineSeparator(), lines);
    }

    /** The skill's reading of the match's words, when it has words to read. */
    Optional<String> reading(UtteranceMatcher.Match match, Optional<String> conversationTopic) {
        Optional<UtteranceMatcher.SlotMatch> words = match.slots().values().stream()
                .filter(slot -> !slot.resolvable() || !slot.resolved())
                .findFirst();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Understanding understood =
                understander.understand(match.intent(), words.get().value(), conversationTopic);
        Understanding.Explanation why = understood.explanation();
        StringBuilder out = new StringBuilder(outcome(understood));
        out.append(" (rule: ").append(why.rule()).append(')');
        out.append(" words=").append(why.words());
        List<Understanding.Candidate> candidates = why.candidates();
        if (!candidates.isEmpty()) {
            out.append(" best=").append(candidate(candidates.get(0)));
        }
        if (candidates.size() > 1) {
            out.append(" runner-up=").append(candidate(candidates.get(1)));
        }
        conversationTopic.ifPresent(topic -> out.append(" conversation=").append(topic));
        return Optional.of(out.toString());
    }

    private static String heardSlots(UtteranceMatcher.Match match) {
        StringBuilder out = new StringBuilder();
        for (UtteranceMatcher.SlotMatch slot : match.slots().values()) {
            out.append(' ')
                    .append(slot.name())
                    .append("=\"")
                    .append(slot.value())
                    .append('"');
            if (!slot.resolvable()) {
                out.append(" (").append(slot.type()).append(", no resolution)");
            } else if (slot.resolved()) {
                out.append(" -> ").append(slot.resolvedId()).append(" (ER_SUCCESS_MATCH)");
            } else {
                out.append(" (ER_SUCCESS_NO_MATCH)");
            }
        }
        return out.toString();
    }

    private static String outcome(Understanding understood) {
        if (understood instanceof Understanding.Answer answer) {
            return "answer " + answer.topic().id();
        }
        if (understood instanceof Understanding.Clarify clarify) {
            return "did you mean " + clarify.proposed().id()
                    + (clarify.alternative() == null
                            ? ""
                            : " (then " + clarify.alternative().id() + ")");
        }
        if (understood instanceof Understanding.Emergency emergency) {
            return "emergency " + emergency.signId();
        }
        Understanding.Decline decline = (Understanding.Decline) understood;
        return "decline " + decline.reason().name().toLowerCase(Locale.ROOT);
    }

    private static String candidate(Understanding.Candidate candidate) {
        return candidate.topicId() + " " + candidate.score() + " " + candidate.matched();
    }
}
