package org.relapseguide.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.relapseguide.voice.SlotName;

/**
 * A conversation with the skill the way Alexa holds one: it builds each request envelope, sends it through the
 * Lambda entry point, carries the session attributes from one turn to the next, and starts a new session after
 * one ends.
 */
public final class Conversation {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String USER_ID = "amzn1.ask.account.LOCAL-CAREGIVER";

    private final RequestStreamHandler handler;
    private final String locale;
    private final AtomicInteger requests = new AtomicInteger();
    private String sessionId;
    private JsonNode attributes = MAPPER.createObjectNode();
    private boolean open;
    private boolean newSession;

    public Conversation(RequestStreamHandler handler, String locale) {
        this.handler = handler;
        this.locale = locale;
    }

    /** "Alexa, open Relapse Guide." */
    public JsonNode launch() throws IOException {
        startSession();
        ObjectNode request = request("LaunchRequest");
        return send(request);
    }

    /** One thing said inside the conversation (or, when none is open, a one-shot "ask Relapse Guide ..."). */
    public JsonNode say(UtteranceMatcher.Match match) throws IOException {
        if (!open) {
            startSession();
        }
        ObjectNode request = request("IntentRequest");
        request.put("dialogState", "COMPLETED");
        ObjectNode intent = request.putObject("intent");
        intent.put("name", match.intent());
        intent.put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        for (Map.Entry<String, UtteranceMatcher.SlotMatch> entry : match.slots().entrySet()) {
            slots.set(entry.getKey(), slot(entry.getValue()));
        }
        return send(request);
    }

    /**
     * Alexa comes back from a skill connection (the voice consent dialog) with its outcome.
     *
     * @param token the token the skill's {@code Connections.StartConnection} directive carried
     * @param result ACCEPTED, DENIED or NOT_ANSWERED
     */
    public JsonNode resume(String token, String result) throws IOException {
        ObjectNode request = request("SessionResumedRequest");
        ObjectNode cause = request.putObject("cause");
        cause.put("type", "ConnectionCompleted");
        cause.put("token", token);
        ObjectNode status = cause.putObject("status");
        status.put("code", "200");
        status.put("message", "OK");
        cause.putObject("result").put("status", result);
        return send(request);
    }

    /** The caregiver walked away: Alexa tells the skill the session ended. */
    public JsonNode end() throws IOException {
        ObjectNode request = request("SessionEndedRequest");
        request.put("reason", "USER_INITIATED");
        return send(request);
    }

    public boolean isOpen() {
        return open;
    }

    private void startSession() {
        sessionId = "amzn1.echo-api.session.local-" + UUID.randomUUID();
        attributes = MAPPER.createObjectNode();
        open = true;
        newSession = true;
    }

    private JsonNode send(ObjectNode request) throws IOException {
        ObjectNode envelope = envelope(request);
        newSession = false;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(envelope)), out, null);
        JsonNode response = MAPPER.readTree(out.toByteArray());
        attributes = response.path("sessionAttributes").isObject()
                ? response.path("sessionAttributes") : MAPPER.createObjectNode();
        boolean ends = response.path("response").path("shouldEndSession").asBoolean(false)
                || request.path("type").asText().equals("SessionEndedRequest");
        open = !ends;
        return response;
    }

    private ObjectNode request(String type) {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request.local-" + requests.incrementAndGet());
        request.put("timestamp", Instant.now().toString());
        request.put("locale", locale);
        return request;
    }

    private ObjectNode envelope(ObjectNode request) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", newSession);
        session.put("sessionId", sessionId);
        session.putObject("application").put("applicationId", LocalSkill.SKILL_ID);
        session.set("attributes", attributes);
        session.putObject("user").put("userId", USER_ID);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", LocalSkill.SKILL_ID);
        system.putObject("user").put("userId", USER_ID);
        ObjectNode device = system.putObject("device");
        device.put("deviceId", "amzn1.ask.device.LOCAL");
        device.putObject("supportedInterfaces");
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        system.put("apiAccessToken", "local-access-token");
        envelope.set("request", request);
        return envelope;
    }

    private static ObjectNode slot(UtteranceMatcher.SlotMatch match) {
        ObjectNode slot = MAPPER.createObjectNode();
        slot.put("name", match.name());
        slot.put("value", match.value());
        slot.put("confirmationStatus", "NONE");
        String type = match.name().equals(SlotName.SIGN.modelName())
                ? SlotName.SIGN.typeName() : SlotName.TOPIC.typeName();
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + LocalSkill.SKILL_ID + "." + type);
        authority.putObject("status").put("code", match.resolved() ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
        if (match.resolved()) {
            ObjectNode value = authority.putArray("values").addObject().putObject("value");
            value.put("name", match.resolvedName());
            value.put("id", match.resolvedId());
        }
        return slot;
    }
}
