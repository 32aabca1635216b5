package org.relapseguide.voice;

import com.amazon.ask.attributes.AttributesManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.TopicShape;

/**
 * What the skill remembers within one conversation, read from and written to the session attributes: references to
 * the skill's own content and phrases, never words. Reading is forgiving and strict at once: a missing, foreign,
 * malformed or oversized attribute reads as "nothing remembered", and {@link #known} drops any topic the content does
 * not have, so nothing a request forged is stored, echoed or spoken.
 *
 * @param topicId the topic being talked about
 * @param moreHeard how many of its follow-ups were heard
 * @param offer what the last reply offered, which decides what "yes" and "no" mean
 * @param said what was last said, as {@link Said#encode} writes it, for Repeat
 * @param reprompt the last reprompt, the same way
 * @param consentDeclined whether the caregiver said no to sharing their number this session
 * @param proposed the topic a "did you mean" proposed
 * @param alternative the next one to propose if the answer is no
 */
public record SessionState(
        String topicId,
        int moreHeard,
        Offer offer,
        String said,
        String reprompt,
        boolean consentDeclined,
        String proposed,
        String alternative) {
    static final String TOPIC = "topic";
    static final String MORE_HEARD = "moreHeard";
    static final String OFFER = "offer";
    static final String SAID = "said";
    static final String REPROMPT = "reprompt";
    static final String CONSENT_DECLINED = "consentDeclined";
    static final String PROPOSED = "proposed";
    static final String ALTERNATIVE = "alternative";
    /** Every session attribute this record owns. */
    public static final List<String> KEYS =
            List.of(TOPIC, MORE_HEARD, OFFER, SAID, REPROMPT, CONSENT_DECLINED, PROPOSED, ALTERNATIVE);

    private static final int MAX_TOPIC_ID_CHARS = 64;
    private static final int MAX_SAID_CHARS = 1000;
    private static final Pattern SAID_FORM = Pattern.compile("[A-Za-z0-9_:;=,]+");

    public static final SessionState EMPTY = new SessionState(null, 0, Offer.NONE, null, null, false, null, null);

    public SessionState {
        offer = offer == null ? Offer.NONE : offer;
        moreHeard = Math.max(0, moreHeard);
    }

    public static SessionState from(AttributesManager attributes) {
        Map<String, Object> session = attributes.getSessionAttributes();
        if (session == null || session.isEmpty()) {
            return EMPTY;
        }
        return new SessionState(
                topicId(session.get(TOPIC)),
                number(session.get(MORE_HEARD)),
                offer(session.get(OFFER)),
                said(session.get(SAID)),
                said(session.get(REPROMPT)),
                Boolean.TRUE.equals(session.get(CONSENT_DECLINED)),
                topicId(session.get(PROPOSED)),
                topicId(session.get(ALTERNATIVE)));
    }

    /**
     * This state with only what this content has: a topic it does not know is dropped, and so is a remembered reply
     * that names one (a follow-up index past the topic's, say).
     */
    public SessionState known(ContentSet content) {
        return new SessionState(
                known(topicId, content),
                moreHeard,
                offer,
                Said.decode(said, content).isPresent() ? said : null,
                Said.decode(reprompt, content).isPresent() ? reprompt : null,
                consentDeclined,
                known(proposed, content),
                known(alternative, content));
    }

    private static String known(String id, ContentSet content) {
        return id != null && content.topic(id).isPresent() ? id : null;
    }

    /** Writes this state's attributes, and removes those it does not hold; other packages' attributes stay. */
    public void saveTo(AttributesManager attributes) {
        Map<String, Object> session = attributes.getSessionAttributes();
        KEYS.forEach(session::remove);
        session.putAll(toAttributes());
    }

    /**
     * Whether this is the empty state, field by field: a record's generated {@code equals} links method handles on its
     * first call, which a cold start pays for on every request's save.
     */
    private boolean isEmpty() {
        return topicId == null
                && moreHeard == 0
                && offer == Offer.NONE
                && said == null
                && reprompt == null
                && !consentDeclined
                && proposed == null
                && alternative == null;
    }

    /** The session attributes that carry this state; none for the empty state. */
    public Map<String, Object> toAttributes() {
        Map<String, Object> session = new LinkedHashMap<>();
        if (isEmpty()) {
            return session;
        }
        putIfPresent(session, TOPIC, topicId);
        session.put(MORE_HEARD, moreHeard);
        session.put(OFFER, offer.name());
        putIfPresent(session, SAID, said);
        putIfPresent(session, REPROMPT, reprompt);
        if (consentDeclined) {
            session.put(CONSENT_DECLINED, true);
        }
        putIfPresent(session, PROPOSED, proposed);
        putIfPresent(session, ALTERNATIVE, alternative);
        return session;
    }

    /** What was last said, if the session remembers it and every part is still the skill's own. */
    public Optional<List<Said>> lastSaid(ContentSet content) {
        return Said.decode(said, content);
    }

    public Optional<List<Said>> lastReprompt(ContentSet content) {
        return Said.decode(reprompt, content);
    }

    public SessionState withTopic(String id) {
        return new SessionState(id, 0, offer, said, reprompt, consentDeclined, null, null);
    }

    public SessionState withMoreHeard(int count) {
        return new SessionState(topicId, count, offer, said, reprompt, consentDeclined, proposed, alternative);
    }

    public SessionState withOffer(Offer next) {
        return new SessionState(topicId, moreHeard, next, said, reprompt, consentDeclined, proposed, alternative);
    }

    public SessionState withLastSaid(List<Said> speech, List<Said> nextReprompt) {
        return new SessionState(
                topicId,
                moreHeard,
                offer,
                Said.encode(speech),
                nextReprompt.isEmpty() ? null : Said.encode(nextReprompt),
                consentDeclined,
                proposed,
                alternative);
    }

    /** Remembers that the caregiver said no to sharing their number, so the skill does not ask again this session. */
    public SessionState withConsentDeclined() {
        return new SessionState(topicId, moreHeard, offer, said, reprompt, true, proposed, alternative);
    }

    /** Remembers a "did you mean" and what to propose next if the answer is no. */
    public SessionState withProposal(String topic, String next) {
        return new SessionState(topicId, moreHeard, offer, said, reprompt, consentDeclined, topic, next);
    }

    private static void putIfPresent(Map<String, Object> session, String key, String value) {
        if (value != null) {
            session.put(key, value);
        }
    }

    private static String topicId(Object value) {
        return value instanceof String s
                        && s.length() <= MAX_TOPIC_ID_CHARS
                        && TopicShape.ID.matcher(s).matches()
                ? s
                : null;
    }

    private static String said(Object value) {
        return value instanceof String s
                        && s.length() <= MAX_SAID_CHARS
                        && SAID_FORM.matcher(s).matches()
                ? s
                : null;
    }

    private static int number(Object value) {
        return value instanceof Number n && n.intValue() >= 0 && n.intValue() < 100 ? n.intValue() : 0;
    }

    private static Offer offer(Object value) {
        if (value instanceof String s) {
            for (Offer offer : Offer.values()) {
                if (offer.name().equals(s)) {
                    return offer;
                }
            }
        }
        return Offer.NONE;
    }
}
