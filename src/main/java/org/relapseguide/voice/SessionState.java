package org.relapseguide.voice;

import com.amazon.ask.attributes.AttributesManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the skill remembers within one conversation, read from and written to the session attributes.
 * Reading is forgiving: a missing, foreign or corrupted attribute reads as "nothing remembered".
 */
public record SessionState(
        String topicId, int moreHeard, Offer offer, String lastSpeech, String lastReprompt, boolean consentDeclined) {
    static final String TOPIC = "topic";
    static final String MORE_HEARD = "moreHeard";
    static final String OFFER = "offer";
    static final String LAST_SPEECH = "lastSpeech";
    static final String LAST_REPROMPT = "lastReprompt";
    static final String CONSENT_DECLINED = "consentDeclined";
    /** Every session attribute this record owns. */
    public static final List<String> KEYS =
            List.of(TOPIC, MORE_HEARD, OFFER, LAST_SPEECH, LAST_REPROMPT, CONSENT_DECLINED);

    private static final int MAX_REMEMBERED_CHARS = 4000;

    public static final SessionState EMPTY = new SessionState(null, 0, Offer.NONE, null, null, false);

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
                text(session.get(TOPIC)),
                number(session.get(MORE_HEARD)),
                offer(session.get(OFFER)),
                text(session.get(LAST_SPEECH)),
                text(session.get(LAST_REPROMPT)),
                Boolean.TRUE.equals(session.get(CONSENT_DECLINED)));
    }

    /** Writes this state's attributes, and removes those it does not hold; other packages' attributes stay. */
    public void saveTo(AttributesManager attributes) {
        Map<String, Object> session = attributes.getSessionAttributes();
        KEYS.forEach(session::remove);
        session.putAll(toAttributes());
    }

    /** The session attributes that carry this state; none for the empty state. */
    public Map<String, Object> toAttributes() {
        Map<String, Object> session = new LinkedHashMap<>();
        if (equals(EMPTY)) {
            return session;
        }
        putIfPresent(session, TOPIC, topicId);
        session.put(MORE_HEARD, moreHeard);
        session.put(OFFER, offer.name());
        putIfPresent(session, LAST_SPEECH, lastSpeech);
        putIfPresent(session, LAST_REPROMPT, lastReprompt);
        if (consentDeclined) {
            session.put(CONSENT_DECLINED, true);
        }
        return session;
    }

    public SessionState withTopic(String id) {
        return new SessionState(id, 0, offer, lastSpeech, lastReprompt, consentDeclined);
    }

    public SessionState withMoreHeard(int count) {
        return new SessionState(topicId, count, offer, lastSpeech, lastReprompt, consentDeclined);
    }

    public SessionState withOffer(Offer next) {
        return new SessionState(topicId, moreHeard, next, lastSpeech, lastReprompt, consentDeclined);
    }

    public SessionState withLastSaid(String speech, String reprompt) {
        return new SessionState(topicId, moreHeard, offer, speech, reprompt, consentDeclined);
    }

    /** Remembers that the caregiver said no to sharing their number, so the skill does not ask again this session. */
    public SessionState withConsentDeclined() {
        return new SessionState(topicId, moreHeard, offer, lastSpeech, lastReprompt, true);
    }

    private static void putIfPresent(Map<String, Object> session, String key, String value) {
        if (value != null) {
            session.put(key, value);
        }
    }

    private static String text(Object value) {
        if (!(value instanceof String s) || s.isBlank() || s.length() > MAX_REMEMBERED_CHARS) {
            return null;
        }
        return s;
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
