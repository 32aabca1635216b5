package org.relapseguide.voice;

import com.amazon.ask.attributes.AttributesManager;
import java.util.Map;

/**
 * What the skill remembers within one conversation, read from and written to the session attributes.
 * Reading is forgiving: a missing, foreign or corrupted attribute reads as "nothing remembered".
 */
public record SessionState(String topicId, int moreHeard, Offer offer, String lastSpeech, String lastReprompt,
        boolean consentDeclined, String caregiver) {
    static final String TOPIC = "topic";
    static final String MORE_HEARD = "moreHeard";
    static final String OFFER = "offer";
    static final String LAST_SPEECH = "lastSpeech";
    static final String LAST_REPROMPT = "lastReprompt";
    static final String CONSENT_DECLINED = "consentDeclined";
    static final String CAREGIVER = "caregiver";
    private static final int MAX_REMEMBERED_CHARS = 4000;
    private static final int MAX_CAREGIVER_CHARS = 200;

    public static final SessionState EMPTY = new SessionState(null, 0, Offer.NONE, null, null, false, null);

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
                Boolean.TRUE.equals(session.get(CONSENT_DECLINED)),
                caregiver(session));
    }

    /** What the session carries about the caregiver (see {@link #withCaregiver}), or null. */
    public static String carriedCaregiver(AttributesManager attributes) {
        Map<String, Object> session = attributes.getSessionAttributes();
        return session == null ? null : caregiver(session);
    }

    /** Has the session carry this about the caregiver from now on, whatever else the response remembers. */
    public static void carryCaregiver(AttributesManager attributes, String remembered) {
        attributes.getSessionAttributes().put(CAREGIVER, remembered);
    }

    private static String caregiver(Map<String, Object> session) {
        return session.get(CAREGIVER) instanceof String s && s.length() <= MAX_CAREGIVER_CHARS ? s : null;
    }

    public void saveTo(AttributesManager attributes) {
        Map<String, Object> session = attributes.getSessionAttributes();
        session.clear();
        if (equals(EMPTY)) {
            return;
        }
        putIfPresent(session, TOPIC, topicId);
        session.put(MORE_HEARD, moreHeard);
        session.put(OFFER, offer.name());
        putIfPresent(session, LAST_SPEECH, lastSpeech);
        putIfPresent(session, LAST_REPROMPT, lastReprompt);
        if (consentDeclined) {
            session.put(CONSENT_DECLINED, true);
        }
        putIfPresent(session, CAREGIVER, caregiver);
    }

    public SessionState withTopic(String id) {
        return new SessionState(id, 0, offer, lastSpeech, lastReprompt, consentDeclined, caregiver);
    }

    public SessionState withMoreHeard(int count) {
        return new SessionState(topicId, count, offer, lastSpeech, lastReprompt, consentDeclined, caregiver);
    }

    public SessionState withOffer(Offer next) {
        return new SessionState(topicId, moreHeard, next, lastSpeech, lastReprompt, consentDeclined, caregiver);
    }

    public SessionState withLastSaid(String speech, String reprompt) {
        return new SessionState(topicId, moreHeard, offer, speech, reprompt, consentDeclined, caregiver);
    }

    /** Remembers that the caregiver said no to sharing their number, so the skill does not ask again this session. */
    public SessionState withConsentDeclined() {
        return new SessionState(topicId, moreHeard, offer, lastSpeech, lastReprompt, true, caregiver);
    }

    /**
     * Carries what the users table holds about the caregiver (in the users package's own short form), so the rest of
     * the conversation need not read it again.
     */
    public SessionState withCaregiver(String remembered) {
        return new SessionState(topicId, moreHeard, offer, lastSpeech, lastReprompt, consentDeclined, remembered);
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
