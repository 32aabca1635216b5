package org.relapseguide.voice;

import com.amazon.ask.model.Directive;
import java.util.List;

/**
 * What the skill says in one turn, as plain-text parts (rendered to SSML in one place), with the reprompt, an optional
 * card, any directives, what happens to the session, and the offer the reply makes, which decides what a bare "yes"
 * or "no" means next (null leaves the conversation's offer as the handler set it). A reply that keeps listening
 * always has a reprompt; a reply that hands the turn to Alexa (a skill connection such as the voice consent dialog)
 * has none.
 */
public record Reply(
        List<Said> speech, List<Said> reprompt, Card card, Session session, List<Directive> directives, Offer offer) {

    /** What happens after the reply is spoken. */
    public enum Session {
        /** The microphone opens for the caregiver's answer; the reprompt follows if none comes. */
        LISTEN,
        /** The conversation ends. */
        END,
        /**
         * Alexa takes the next turn itself (e.g. asking for consent) and comes back with a request of its own: the
         * response leaves {@code shouldEndSession} out and has no reprompt, which would talk over Alexa's dialog.
         */
        HAND_OVER
    }

    public Reply {
        speech = List.copyOf(speech);
        reprompt = reprompt == null ? List.of() : List.copyOf(reprompt);
        directives = directives == null ? List.of() : List.copyOf(directives);
        if (session == Session.LISTEN && reprompt.isEmpty()) {
            throw new IllegalArgumentException("A reply that keeps the session open needs a reprompt");
        }
        if (session == Session.HAND_OVER && (!reprompt.isEmpty() || directives.isEmpty())) {
            throw new IllegalArgumentException("A reply that hands over to Alexa needs a directive and no reprompt");
        }
    }

    public Reply(List<Said> speech, List<Said> reprompt, Card card, boolean endSession) {
        this(speech, reprompt, card, endSession ? Session.END : Session.LISTEN, List.of(), null);
    }

    /** Speaks, then waits for an answer, repeating the reprompt if none comes. */
    public static Reply ask(List<Said> speech, Said reprompt) {
        return new Reply(speech, List.of(reprompt), null, Session.LISTEN, List.of(), null);
    }

    /** Speaks and ends the conversation. */
    public static Reply tell(List<Said> speech) {
        return new Reply(speech, List.of(), null, Session.END, List.of(), null);
    }

    /** Speaks, then lets Alexa carry out {@code directive} and come back to the skill when it is done. */
    public static Reply handOver(List<Said> speech, Directive directive) {
        return new Reply(speech, List.of(), null, Session.HAND_OVER, List.of(directive), null);
    }

    public boolean endSession() {
        return session == Session.END;
    }

    public Reply withCard(Card next) {
        return new Reply(speech, reprompt, next, session, directives, offer);
    }

    /** This reply, offering {@code next}: the one place an offer is decided, so what is said and stored agree. */
    public Reply withOffer(Offer next) {
        return new Reply(speech, reprompt, card, session, directives, next);
    }
}
