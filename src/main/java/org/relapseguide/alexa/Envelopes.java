package org.relapseguide.alexa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Builds Alexa request envelopes the way Alexa sends them, as JSON for the Lambda entry point: the one builder that
 * SnapStart priming, the local runner and the tests share, so the shape of a request is written down once.
 */
public final class Envelopes {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Envelopes() {}

    /** Envelopes for this skill id, from a caregiver and device named by the builder's defaults until set. */
    public static Builder forSkill(String skillId) {
        return new Builder(skillId);
    }

    /** The bytes Lambda would pass to the entry point. */
    public static byte[] bytes(JsonNode envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The interfaces of a device with a screen that renders APL (an Echo Show), as its requests list them under
     * {@code context.System.device.supportedInterfaces}.
     */
    public static ObjectNode screenInterfaces() {
        ObjectNode interfaces = MAPPER.createObjectNode();
        interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2024.2");
        return interfaces;
    }

    /** An entity-resolution outcome, as Alexa reports it for a custom slot. */
    public enum Resolution {
        /** No resolution was attempted (a built-in slot type). */
        NONE,
        MATCH,
        NO_MATCH
    }

    /**
     * One slot as Alexa fills it.
     *
     * @param type the custom slot type whose entity resolution is reported (e.g. {@code TOPIC}); unused for NONE
     * @param id the value id resolved to, for MATCH
     * @param resolvedName the value's name as listed in the model, for MATCH
     */
    public record Slot(String name, String value, Resolution resolution, String type, String id, String resolvedName) {

        /** A slot with a value and no entity resolution (e.g. {@code AMAZON.SearchQuery}). */
        public static Slot plain(String name, String value) {
            return new Slot(name, value, Resolution.NONE, null, null, null);
        }

        /** A custom slot whose value resolved to a listed value or synonym. */
        public static Slot matched(String name, String value, String type, String id, String resolvedName) {
            return new Slot(name, value, Resolution.MATCH, type, id, resolvedName);
        }

        /** A custom slot whose value matched nothing listed: Alexa passes the words with ER_SUCCESS_NO_MATCH. */
        public static Slot unmatched(String name, String value, String type) {
            return new Slot(name, value, Resolution.NO_MATCH, type, null, null);
        }
    }

    /** Sets who is speaking, where, and in which session; then builds one request at a time. */
    public static final class Builder {
        private final String skillId;
        private String userId = "amzn1.ask.account.UNKNOWN";
        private String deviceId = "amzn1.ask.device.UNKNOWN";
        private String apiEndpoint = "https://api.amazonalexa.com";
        private String apiAccessToken = "no-token";
        private String locale = "en-US";
        private String sessionId = "amzn1.echo-api.session.UNKNOWN";
        private boolean newSession = true;
        private JsonNode attributes = MAPPER.createObjectNode();
        private String requestId = "amzn1.echo-api.request.UNKNOWN";
        private Instant timestamp = Instant.EPOCH;
        private ObjectNode supportedInterfaces = MAPPER.createObjectNode();

        private Builder(String skillId) {
            this.skillId = skillId;
        }

        public Builder user(String id) {
            this.userId = id;
            return this;
        }

        public Builder device(String id) {
            this.deviceId = id;
            return this;
        }

        public Builder api(String endpoint, String accessToken) {
            this.apiEndpoint = endpoint;
            this.apiAccessToken = accessToken;
            return this;
        }

        public Builder locale(String tag) {
            this.locale = tag;
            return this;
        }

        /** The session the next requests belong to, and the attributes the skill returned last. */
        public Builder session(String id, boolean isNew, JsonNode sessionAttributes) {
            this.sessionId = id;
            this.newSession = isNew;
            this.attributes = sessionAttributes == null ? MAPPER.createObjectNode() : sessionAttributes.deepCopy();
            return this;
        }

        public Builder request(String id, Instant at) {
            this.requestId = id;
            this.timestamp = at;
            return this;
        }

        /** The device's interfaces, e.g. {@code Alexa.Presentation.APL} on a screen. */
        public Builder supportedInterfaces(ObjectNode interfaces) {
            this.supportedInterfaces = interfaces.deepCopy();
            return this;
        }

        public ObjectNode launch() {
            return envelope(request("LaunchRequest"));
        }

        /** An intent as Alexa sends it after its own dialog, if any, is complete. */
        public ObjectNode intent(String name, Slot... slots) {
            ObjectNode request = request("IntentRequest");
            request.put("dialogState", "COMPLETED");
            request.set("intent", intentNode(name, List.of(slots)));
            return envelope(request);
        }

        /** Alexa asks, without a session, whether the skill could handle this intent. */
        public ObjectNode canFulfill(String name, Slot... slots) {
            ObjectNode request = request("CanFulfillIntentRequest");
            request.set("intent", intentNode(name, List.of(slots)));
            return envelope(request);
        }

        /**
         * Alexa comes back from a skill connection (the voice consent dialog) with its outcome.
         *
         * @param token the token the skill's {@code Connections.StartConnection} directive carried
         * @param result ACCEPTED, DENIED or NOT_ANSWERED
         */
        public ObjectNode sessionResumed(String token, String result) {
            ObjectNode request = request("SessionResumedRequest");
            ObjectNode cause = request.putObject("cause");
            cause.put("type", "ConnectionCompleted");
            cause.put("token", token);
            cause.putObject("status").put("code", "200").put("message", "OK");
            cause.putObject("result").put("status", result);
            return envelope(request);
        }

        public ObjectNode sessionEnded(String reason) {
            ObjectNode request = request("SessionEndedRequest");
            request.put("reason", reason);
            return envelope(request);
        }

        /**
         * A touch on a screen the skill rendered: Alexa sends the {@code SendEvent}'s arguments with the token of the
         * document that sent them.
         */
        public ObjectNode userEvent(String token, List<String> arguments) {
            ObjectNode request = request("Alexa.Presentation.APL.UserEvent");
            request.put("token", token);
            ArrayNode sent = request.putArray("arguments");
            arguments.forEach(sent::add);
            ObjectNode source = request.putObject("source");
            source.put("type", "TouchWrapper");
            source.put("handler", "Press");
            return envelope(request);
        }

        /** Any other request type, with no fields beyond the common ones (e.g. a skill event). */
        public ObjectNode other(String type) {
            return envelope(request(type));
        }

        private ObjectNode request(String type) {
            ObjectNode request = MAPPER.createObjectNode();
            request.put("type", type);
            request.put("requestId", requestId);
            request.put("timestamp", timestamp.toString());
            request.put("locale", locale);
            return request;
        }

        private ObjectNode intentNode(String name, List<Slot> slots) {
            ObjectNode intent = MAPPER.createObjectNode();
            intent.put("name", name);
            intent.put("confirmationStatus", "NONE");
            ObjectNode slotNodes = intent.putObject("slots");
            for (Slot slot : slots) {
                slotNodes.set(slot.name(), slotNode(slot));
            }
            return intent;
        }

        private ObjectNode slotNode(Slot slot) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("name", slot.name());
            node.put("value", slot.value());
            node.put("confirmationStatus", "NONE");
            if (slot.resolution() == Resolution.NONE) {
                return node;
            }
            ObjectNode authority = node.putObject("resolutions")
                    .putArray("resolutionsPerAuthority")
                    .addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + slot.type());
            authority
                    .putObject("status")
                    .put("code", slot.resolution() == Resolution.MATCH ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
            if (slot.resolution() == Resolution.MATCH) {
                ObjectNode value = authority.putArray("values").addObject().putObject("value");
                value.put("name", slot.resolvedName());
                value.put("id", slot.id());
            }
            return node;
        }

        private ObjectNode envelope(ObjectNode request) {
            ObjectNode envelope = MAPPER.createObjectNode();
            envelope.put("version", "1.0");
            ObjectNode session = envelope.putObject("session");
            session.put("new", newSession);
            session.put("sessionId", sessionId);
            session.putObject("application").put("applicationId", skillId);
            session.set("attributes", attributes.deepCopy());
            session.putObject("user").put("userId", userId);
            ObjectNode system = envelope.putObject("context").putObject("System");
            system.putObject("application").put("applicationId", skillId);
            system.putObject("user").put("userId", userId);
            ObjectNode device = system.putObject("device");
            device.put("deviceId", deviceId);
            device.set("supportedInterfaces", supportedInterfaces.deepCopy());
            system.put("apiEndpoint", apiEndpoint);
            system.put("apiAccessToken", apiAccessToken);
            envelope.set("request", request);
            return envelope;
        }
    }
}
