package org.relapseguide.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated caregiver talking to the skill, as Alexa would carry the conversation: their own user id, session
 * id and access token on every request, a fresh request id each time, and the session attributes the skill returned
 * last time sent back with the next request.
 */
public final class Caller {
    private static final AtomicLong REQUESTS = new AtomicLong();

    private final String userId;
    private final String token;
    private final String apiEndpoint;
    private String sessionId;
    private int sessions;
    private JsonNode attributes = JsonNodeFactory.instance.objectNode();
    private boolean newSession = true;

    /**
     * @param name what makes this caregiver's ids their own, e.g. {@code LOAD-3-17}
     * @param apiEndpoint where the Alexa APIs answer (a stub's base URL), or null to keep the envelope's
     */
    public Caller(String name, String apiEndpoint) {
        this.userId = "amzn1.ask.account." + name;
        this.token = "token-" + name;
        this.apiEndpoint = apiEndpoint;
        startSession();
    }

    public String userId() {
        return userId;
    }

    public String token() {
        return token;
    }

    /** The next request opens a new session, with no attributes, as a new "Alexa, open Relapse Guide" does. */
    public void startSession() {
        sessions++;
        sessionId = "amzn1.echo-api.session." + userId.substring(userId.lastIndexOf('.') + 1) + "-" + sessions;
        attributes = JsonNodeFactory.instance.objectNode();
        newSession = true;
    }

    /** The session this caller is in now. */
    public String sessionId() {
        return sessionId;
    }

    /**
     * A copy of {@code template} (an envelope of {@code events/}) said by this caller in their current session: their
     * ids, a new request id, and the attributes the skill returned last.
     */
    public ObjectNode says(ObjectNode template) {
        ObjectNode envelope = template.deepCopy();
        ObjectNode session = (ObjectNode) envelope.path("session");
        session.put("new", newSession);
        session.put("sessionId", sessionId);
        ((ObjectNode) session.path("user")).put("userId", userId);
        session.set("attributes", attributes.deepCopy());
        ObjectNode system = (ObjectNode) envelope.path("context").path("System");
        ((ObjectNode) system.path("user")).put("userId", userId);
        system.put("apiAccessToken", token);
        if (apiEndpoint != null) {
            system.put("apiEndpoint", apiEndpoint);
        }
        Events.request(envelope).put("requestId", "amzn1.echo-api.request.caller-" + REQUESTS.incrementAndGet());
        newSession = false;
        return envelope;
    }

    /** Takes in the skill's response: its session attributes go with the next request, or the session ends. */
    public void heard(JsonNode response) {
        if (response.path("response").path("shouldEndSession").asBoolean(false)) {
            startSession();
        } else {
            attributes = response.path("sessionAttributes").isObject()
                    ? response.path("sessionAttributes")
                    : JsonNodeFactory.instance.objectNode();
        }
    }
}
