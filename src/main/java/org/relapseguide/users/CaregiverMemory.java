package org.relapseguide.users;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the skill remembers about a caregiver from one conversation to the next, as stored in the persistent
 * attributes. Reading is forgiving: a missing, foreign or corrupted attribute reads as "not remembered".
 *
 * @param disclaimerHeard whether they have heard that this is general information, not medical advice
 * @param lastTopicId the topic they last heard about, or null
 * @param lastVisit the day they last used the skill (kept so a daily visit renews the item's expiry), or null
 */
public record CaregiverMemory(boolean disclaimerHeard, String lastTopicId, LocalDate lastVisit) {
    static final String DISCLAIMER_HEARD = "disclaimerHeard";
    static final String LAST_TOPIC = "lastTopic";
    static final String LAST_VISIT = "lastVisit";
    private static final int MAX_TOPIC_ID_CHARS = 100;

    public static final CaregiverMemory FIRST_VISIT = new CaregiverMemory(false, null, null);

    public static CaregiverMemory from(Map<String, Object> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return FIRST_VISIT;
        }
        Object topic = attributes.get(LAST_TOPIC);
        return new CaregiverMemory(
                Boolean.TRUE.equals(attributes.get(DISCLAIMER_HEARD)),
                topic instanceof String s && !s.isBlank() && s.length() <= MAX_TOPIC_ID_CHARS ? s : null,
                date(attributes.get(LAST_VISIT)));
    }

    public Map<String, Object> toAttributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(DISCLAIMER_HEARD, disclaimerHeard);
        if (lastTopicId != null) {
            attributes.put(LAST_TOPIC, lastTopicId);
        }
        if (lastVisit != null) {
            attributes.put(LAST_VISIT, lastVisit.toString());
        }
        return attributes;
    }

    /** The short form the session carries: disclaimer heard (1 or 0), last visit, last topic, split by '|'. */
    public String toSessionForm() {
        return (disclaimerHeard ? "1" : "0") + "|" + (lastVisit == null ? "" : lastVisit) + "|"
                + (lastTopicId == null ? "" : lastTopicId);
    }

    /** @return the memory a session carried, or null when the form is not one {@link #toSessionForm} writes */
    public static CaregiverMemory fromSessionForm(String form) {
        String[] parts = form == null ? new String[0] : form.split("\\|", 3);
        if (parts.length != 3
                || !(parts[0].equals("1") || parts[0].equals("0"))
                || parts[2].length() > MAX_TOPIC_ID_CHARS) {
            return null;
        }
        LocalDate visit = date(parts[1]);
        if (visit == null && !parts[1].isEmpty()) {
            return null;
        }
        return new CaregiverMemory(parts[0].equals("1"), parts[2].isBlank() ? null : parts[2], visit);
    }

    public CaregiverMemory withDisclaimerHeard() {
        return new CaregiverMemory(true, lastTopicId, lastVisit);
    }

    public CaregiverMemory withLastTopic(String topicId) {
        return new CaregiverMemory(disclaimerHeard, topicId, lastVisit);
    }

    public CaregiverMemory withLastVisit(LocalDate day) {
        return new CaregiverMemory(disclaimerHeard, lastTopicId, day);
    }

    private static LocalDate date(Object value) {
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
        return null;
    }
}
