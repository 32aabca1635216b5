package org.relapseguide.users;

import com.amazon.ask.attributes.AttributesManager;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recalls and remembers caregivers between conversations through the ASK SDK's persistent attributes, treating a
 * users table that fails as a first visit.
 */
public final class Caregivers {
    private static final Logger LOG = LoggerFactory.getLogger(Caregivers.class);
    private static final String RECALLED = "memory.recalled";
    private static final String UNREADABLE = "memory.unreadable";
    private static final String NEXT = "memory.next";
    /**
     * The session attribute this package owns: what the users table holds about the caregiver, in
     * {@link CaregiverMemory#toSessionForm}'s short form, so the table is read once per conversation.
     */
    public static final String SESSION_KEY = "caregiver";

    private final boolean remembering;
    private final Clock clock;
    private final Predicate<String> knownTopic;

    /** @param store where caregivers are remembered; one that {@link CaregiverStore#remembers() remembers} nobody
     *     makes every visit a first
     * @param knownTopic whether a topic id is one the content has: a memory naming any other, forged into the session
     *     or left in the table by old content, is not carried or written */
    public Caregivers(CaregiverStore store, Clock clock, Predicate<String> knownTopic) {
        this.knownTopic = knownTopic;
        this.remembering = store.remembers();
        this.clock = clock;
    }

    /**
     * What is remembered about the caregiver; a first visit when nothing is, or when the table fails. The table is
     * read at most once per conversation, and only when a handler asks: after that the session carries what it
     * holds (see {@link #save}).
     */
    public CaregiverMemory recall(HandlerInput input) {
        Map<String, Object> request = input.getAttributesManager().getRequestAttributes();
        if (!remembering || request.containsKey(UNREADABLE)) {
            return CaregiverMemory.FIRST_VISIT;
        }
        if (request.get(RECALLED) instanceof CaregiverMemory recalled) {
            return recalled;
        }
        CaregiverMemory carried =
                input.getRequestEnvelope().getSession() == null ? null : carried(input.getAttributesManager());
        if (carried != null && carried.lastTopicId() != null && !knownTopic.test(carried.lastTopicId())) {
            // Not a form the skill wrote for this content (forged, say): read the table instead.
            carried = null;
        }
        if (carried != null) {
            request.put(RECALLED, carried);
            return carried;
        }
        CaregiverMemory memory;
        try {
            memory = CaregiverMemory.from(input.getAttributesManager().getPersistentAttributes());
            if (memory.lastTopicId() != null && !knownTopic.test(memory.lastTopicId())) {
                memory = memory.withLastTopic(null);
            }
        } catch (PersistenceException failure) {
            LOG.warn(
                    "Users table unavailable; treating the caregiver as a first visit ({})",
                    failure.getCause() == null
                            ? failure.getMessage()
                            : failure.getCause().getClass().getSimpleName());
            request.put(UNREADABLE, Boolean.TRUE);
            return CaregiverMemory.FIRST_VISIT;
        }
        request.put(RECALLED, memory);
        return memory;
    }

    /** Notes what to remember once this response is sent; today's visit is noted with it. */
    public void remember(HandlerInput input, CaregiverMemory memory) {
        if (remembering) {
            input.getAttributesManager().getRequestAttributes().put(NEXT, memory.withLastVisit(LocalDate.now(clock)));
        }
    }

    /** Remembers that the caregiver heard about a topic. */
    public void heardAbout(HandlerInput input, String topicId) {
        if (remembering) {
            remember(input, recall(input).withLastTopic(topicId));
        }
    }

    /**
     * Writes what was noted, if it differs from what was recalled, and has the session carry what the table now
     * holds. Alexa's probes and the end-of-session notice never write, and neither does a request whose memory could
     * not be read. A write that fails leaves the session carrying what was recalled, so the next change tries again.
     */
    public void save(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        AttributesManager attributes = input.getAttributesManager();
        Map<String, Object> noted = attributes.getRequestAttributes();
        if (!remembering
                || request instanceof CanFulfillIntentRequest
                || request instanceof SessionEndedRequest
                || noted.containsKey(UNREADABLE)) {
            return;
        }
        CaregiverMemory stored = noted.get(RECALLED) instanceof CaregiverMemory recalled ? recalled : null;
        if (noted.get(NEXT) instanceof CaregiverMemory next && !next.equals(stored)) {
            try {
                attributes.setPersistentAttributes(next.toAttributes());
                attributes.savePersistentAttributes();
                stored = next;
            } catch (PersistenceException failure) {
                LOG.warn(
                        "Users table unavailable; the caregiver's visit was not remembered ({})",
                        failure.getCause() == null
                                ? failure.getMessage()
                                : failure.getCause().getClass().getSimpleName());
            }
        }
        if (stored != null && input.getRequestEnvelope().getSession() != null) {
            attributes.getSessionAttributes().put(SESSION_KEY, stored.toSessionForm());
        }
    }

    /**
     * Drops this package's session attribute when it does not hold a form {@link CaregiverMemory#toSessionForm}
     * writes about a topic the content has, so nothing else travels on in the session under its name.
     *
     * @param knownTopic whether a topic id is one the content has
     */
    public static void keepOnlyValidSessionForm(AttributesManager attributes, Predicate<String> knownTopic) {
        Map<String, Object> session = attributes.getSessionAttributes();
        if (session == null || !session.containsKey(SESSION_KEY)) {
            return;
        }
        CaregiverMemory carried = carried(attributes);
        if (carried == null || (carried.lastTopicId() != null && !knownTopic.test(carried.lastTopicId()))) {
            session.remove(SESSION_KEY);
        }
    }

    private static CaregiverMemory carried(AttributesManager attributes) {
        Map<String, Object> session = attributes.getSessionAttributes();
        return session != null && session.get(SESSION_KEY) instanceof String form
                ? CaregiverMemory.fromSessionForm(form)
                : null;
    }
}
