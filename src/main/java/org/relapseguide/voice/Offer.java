package org.relapseguide.voice;

/** What the skill last offered, which decides what a bare "yes" or "no" means. */
public enum Offer {
    NONE,
    /** "Want to hear more, or shall I text you the details?" */
    MORE_OR_TEXT,
    /** "Want to hear more?", where texting is not available. */
    MORE,
    /** "Shall I text you the details?" */
    TEXT,
    /** "Shall we pick up where we left off?" on a returning caregiver's launch. */
    RESUME,
    /** "Did you mean ...?": yes answers the topic proposed, no proposes the next or asks again. */
    CLARIFY;

    /** Whether a "yes" to this offer means "tell me more". */
    public boolean offersMore() {
        return this == MORE_OR_TEXT || this == MORE;
    }
}
