package org.relapseguide.voice;

import java.util.List;

/**
 * What the skill says in one turn, as plain-text parts (rendered to SSML in one place), with the reprompt,
 * an optional card and whether the conversation ends. A reply that keeps the session open always has a reprompt.
 */
public record Reply(List<String> speech, List<String> reprompt, Card card, boolean endSession) {

    public Reply {
        speech = List.copyOf(speech);
        reprompt = reprompt == null ? List.of() : List.copyOf(reprompt);
        if (!endSession && reprompt.isEmpty()) {
            throw new IllegalArgumentException("A reply that keeps the session open needs a reprompt");
        }
    }

    /** Speaks, then waits for an answer, repeating the reprompt if none comes. */
    public static Reply ask(List<String> speech, String reprompt) {
        return new Reply(speech, List.of(reprompt), null, false);
    }

    /** Speaks and ends the conversation. */
    public static Reply tell(List<String> speech) {
        return new Reply(speech, List.of(), null, true);
    }

    public Reply withCard(Card next) {
        return new Reply(speech, reprompt, next, endSession);
    }
}
