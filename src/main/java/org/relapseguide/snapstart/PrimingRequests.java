package org.relapseguide.snapstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.SlotName;

/**
 * Synthetic request envelopes that walk every handler once, carrying the skill's own id so they pass its check.
 * They belong to a made-up caregiver and session; with the priming guards up they touch nothing outside.
 */
public final class PrimingRequests {
    /** A user id that no Alexa account has; it is hashed like any other, and nothing is written for it. */
    static final String PRIMING_USER = "amzn1.ask.account.SNAPSTART-PRIMING";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOPIC = "blinatumomab";

    private final String skillId;
    private final String apiEndpoint;

    /**
     * @param apiEndpoint the Alexa API endpoint the envelopes name; the guards keep it from ever being called
     */
    public PrimingRequests(String skillId, String apiEndpoint) {
        this.skillId = skillId;
        this.apiEndpoint = apiEndpoint;
    }

    /** One envelope per handler, by name, in the order a conversation would take them. */
    public Map<String, byte[]> all() {
        Map<String, byte[]> requests = new LinkedHashMap<>();
        requests.put("launch", envelope(true, Map.of(), r -> r.put("type", "LaunchRequest")));
        requests.put("topic", intent(Map.of(), IntentName.TOPIC, TOPIC));
        requests.put("unknown topic", intent(Map.of(), IntentName.TOPIC, null));
        requests.put("more", intent(answered(Offer.MORE_OR_TEXT), IntentName.MORE, null));
        requests.put("yes to more", intent(answered(Offer.MORE_OR_TEXT), IntentName.YES, null));
        requests.put("text me", intent(answered(Offer.TEXT), IntentName.TEXT_DETAILS, null));
        requests.put("consent given", envelope(false, answered(Offer.NONE), r -> {
            r.put("type", "SessionResumedRequest");
            ObjectNode cause = r.putObject("cause");
            cause.put("type", "ConnectionCompleted");
            cause.put("token", "text-details:" + TOPIC);
            cause.putObject("status").put("code", "200").put("message", "OK");
            cause.putObject("result").put("status", "ACCEPTED");
        }));
        requests.put("list", intent(Map.of(), IntentName.LIST_TOPICS, null));
        requests.put("emergency", intent(Map.of(), IntentName.EMERGENCY, null));
        for (IntentName builtIn : new IntentName[] {IntentName.YES, IntentName.NO, IntentName.REPEAT,
            IntentName.HELP, IntentName.START_OVER, IntentName.FALLBACK, IntentName.STOP}) {
            requests.put(builtIn.modelName(), intent(answered(Offer.NONE), builtIn, null));
        }
        requests.put("can fulfill", envelope(true, Map.of(), r -> {
            r.put("type", "CanFulfillIntentRequest");
            ObjectNode intent = r.putObject("intent");
            intent.put("name", IntentName.TOPIC.modelName());
            intent.putObject("slots").putObject(SlotName.TOPIC.modelName())
                    .put("name", SlotName.TOPIC.modelName()).put("value", TOPIC);
        }));
        requests.put("other event", envelope(false, Map.of(), r -> r.put("type", "AlexaSkillEvent.SkillEnabled")));
        requests.put("session ended", envelope(false, Map.of(), r -> r.put("type", "SessionEndedRequest")
                .put("reason", "USER_INITIATED")));
        return requests;
    }

    private static Map<String, Object> answered(Offer offer) {
        return Map.of("topic", TOPIC, "moreHeard", 0, "offer", offer.name(),
                "lastSpeech", "Blinatumomab is an antibody.", "lastReprompt", "What would you like to know?");
    }

    private byte[] intent(Map<String, Object> attributes, IntentName name, String topicId) {
        return envelope(false, attributes, r -> {
            r.put("type", "IntentRequest");
            r.put("dialogState", "COMPLETED");
            ObjectNode intent = r.putObject("intent");
            intent.put("name", name.modelName());
            intent.put("confirmationStatus", "NONE");
            ObjectNode slots = intent.putObject("slots");
            if (name == IntentName.TOPIC) {
                ObjectNode slot = slots.putObject(SlotName.TOPIC.modelName());
                slot.put("name", SlotName.TOPIC.modelName());
                slot.put("value", topicId == null ? "something else" : topicId);
                ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
                authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + SlotName.TOPIC.typeName());
                authority.putObject("status").put("code", topicId == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
                if (topicId != null) {
                    authority.putArray("values").addObject().putObject("value").put("name", topicId).put("id", topicId);
                }
            } else if (name == IntentName.EMERGENCY) {
                slots.putObject(SlotName.SIGN.modelName()).put("name", SlotName.SIGN.modelName()).put("value", "fever");
            }
        });
    }

    private byte[] envelope(boolean newSession, Map<String, Object> attributes, Consumer<ObjectNode> request) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", newSession);
        session.put("sessionId", "amzn1.echo-api.session.snapstart-priming");
        session.putObject("application").put("applicationId", skillId);
        session.set("attributes", MAPPER.valueToTree(attributes));
        session.putObject("user").put("userId", PRIMING_USER);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", PRIMING_USER);
        system.putObject("device").put("deviceId", "amzn1.ask.device.SNAPSTART-PRIMING").putObject("supportedInterfaces");
        system.put("apiEndpoint", apiEndpoint);
        system.put("apiAccessToken", "snapstart-priming");
        ObjectNode body = envelope.putObject("request");
        body.put("requestId", "amzn1.echo-api.request.snapstart-priming");
        body.put("timestamp", Instant.EPOCH.toString());
        body.put("locale", "en-US");
        request.accept(body);
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
