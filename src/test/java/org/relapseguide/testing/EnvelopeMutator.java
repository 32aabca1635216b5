package org.relapseguide.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile variants of real request envelopes: fields removed, nulled or of the wrong type, huge and strange
 * strings, SSML metacharacters in slot values, unknown types and ids, every entity-resolution status, corrupted
 * and forged session attributes (speech under old keys, references the skill never wrote, oversized ids, a
 * caregiver form naming a path), no context, and bytes that are not JSON. Seeded, so a run can be repeated exactly.
 */
public final class EnvelopeMutator {
    /** Text no answer ever contains: if it comes back anywhere in a response, user input was echoed. */
    public static final String MARKER = "ZQXJ";
    /**
     * Text planted in forged session attributes. The skill carries references to its own words, never words, so this
     * must never come back either: not spoken, not shown, not in the session attributes it returns.
     */
    public static final String SESSION_MARKER = "VWKY";
    /** Forged references to what the skill said: unknown, out of range, oversized, or naming the wrong values. */
    private static final String[] FORGED_SAID = {
        "p:" + SESSION_MARKER,
        "a:" + SESSION_MARKER.toLowerCase(),
        "m:mrd:99999999999",
        "m:car_t:9",
        "p:RESUME_OFFER",
        "p:TEXT_SENT:digits=" + SESSION_MARKER + ":topic=mrd",
        "a:mrd;".repeat(700),
        "&".repeat(3_990),
        "MRD ".repeat(990)
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NASTY = {
        MARKER + " <speak>",
        MARKER + " & more",
        MARKER + " ]]>",
        MARKER + " <audio src=\"https://x\"/>",
        MARKER + " \"quoted\" 'single'",
        MARKER + " \u0000\u0007\u001b control",
        MARKER + " \uD83D\uDE00 emoji",
        MARKER + " \u202Eright-to-left",
        MARKER + " \uFFFF\uFFFE",
        MARKER + " &amp;&lt;",
        "<",
        "&",
        "]]>",
        MARKER + " caf\u00e9 na\u00efve \u00fcber \u4e2d\u6587",
        "",
        " ",
        MARKER + " \uD800 lone surrogate"
    };
    private static final String[] STATUSES = {
        "ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT", "ER_ERROR_EXCEPTION", "SOMETHING_NEW", ""
    };
    private static final String[] REQUEST_TYPES = {
        "Foo.Bar",
        "IntentRequest",
        "LaunchRequest",
        "SessionEndedRequest",
        "CanFulfillIntentRequest",
        "SessionResumedRequest",
        "Alexa.Presentation.APL.UserEvent",
        "Display.ElementSelected",
        ""
    };
    private static final String[] TOKENS = {"answer", "welcome", "topics", "category", "emergency", "", MARKER};
    private static final String[] VERBS = {"topic", "more", "text", "topics", "category", "TOPIC", "ask", ""};
    private static final String[] IDS = {
        "car_t", "blinatumomab", "mrd", "cause", "treatment", "safety", "emergency_signs", "no_such_topic", "0", "1"
    };
    private static final String[] INTENT_NAMES = {
        "NoSuchIntent",
        "TopicIntent",
        "AMAZON.YesIntent",
        "AMAZON.PauseIntent",
        "TextDetailsIntent",
        "EmergencyIntent",
        ""
    };

    private final Random random;

    public EnvelopeMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One mutated envelope as bytes, from a real one. */
    public byte[] mutate(JsonNode original) {
        if (random.nextInt(40) == 0) {
            return notJson(original);
        }
        ObjectNode envelope = original.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutateOnce(envelope);
        }
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void mutateOnce(ObjectNode envelope) {
        switch (random.nextInt(13)) {
            case 12 -> touch(envelope);
            case 0 -> removeRandomField(envelope);
            case 1 -> replaceRandomField(envelope, NODES.nullNode());
            case 2 -> replaceRandomField(envelope, wrongType());
            case 3 -> setSlotValue(envelope, huge());
            case 4, 5 -> setSlotValue(envelope, NASTY[random.nextInt(NASTY.length)]);
            case 6 -> request(envelope).put("type", REQUEST_TYPES[random.nextInt(REQUEST_TYPES.length)]);
            case 7 -> child(request(envelope), "intent").put("name", INTENT_NAMES[random.nextInt(INTENT_NAMES.length)]);
            case 8 -> resolution(envelope);
            case 9 -> corruptSession(envelope);
            case 10 -> envelope.remove("context");
            default -> replaceRandomField(envelope, NODES.textNode(NASTY[random.nextInt(NASTY.length)]));
        }
    }

    private ObjectNode request(ObjectNode envelope) {
        return child(envelope, "request");
    }

    /** The named child object, replacing whatever non-object a previous mutation left there. */
    private static ObjectNode child(ObjectNode parent, String name) {
        if (!parent.path(name).isObject()) {
            parent.putObject(name);
        }
        return (ObjectNode) parent.get(name);
    }

    private void setSlotValue(ObjectNode envelope, String value) {
        ObjectNode intent = child(request(envelope), "intent");
        if (!intent.has("name")) {
            intent.put("name", "TopicIntent");
        }
        String slotName = random.nextBoolean() ? "topic" : "sign";
        ObjectNode slot = child(child(intent, "slots"), slotName);
        slot.put("name", slotName);
        slot.put("value", value);
    }

    private void resolution(ObjectNode envelope) {
        ObjectNode intent = child(request(envelope), "intent");
        ObjectNode slot = child(child(intent, "slots"), "topic");
        slot.put("name", "topic");
        slot.put("value", MARKER + " something");
        ArrayNode authorities = child(slot, "resolutions").putArray("resolutionsPerAuthority");
        ObjectNode authority = authorities.addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk.x.TOPIC");
        authority.putObject("status").put("code", STATUSES[random.nextInt(STATUSES.length)]);
        if (random.nextBoolean()) {
            ObjectNode value = authority.putArray("values").addObject().putObject("value");
            value.put("name", MARKER);
            value.put("id", random.nextBoolean() ? "no_such_topic_" + MARKER : "blinatumomab");
        }
    }

    /**
     * A touch on a screen with arguments and a token of its own: the skill's verbs with ids it has, has not, or that
     * carry text, numbers and nesting, from documents it did or did not send.
     */
    private void touch(ObjectNode envelope) {
        ObjectNode request = request(envelope);
        request.put("type", "Alexa.Presentation.APL.UserEvent");
        request.put("token", TOKENS[random.nextInt(TOKENS.length)]);
        request.set("arguments", touchArguments());
    }

    /** Arguments a touch might carry, from well formed to hostile. */
    public ArrayNode touchArguments() {
        ArrayNode arguments = NODES.arrayNode();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(8)) {
                case 0, 1 -> arguments.add(VERBS[random.nextInt(VERBS.length)]);
                case 2, 3 -> arguments.add(IDS[random.nextInt(IDS.length)]);
                case 4 -> arguments.add(String.valueOf(random.nextInt(12) - 1));
                case 5 -> arguments.add(NASTY[random.nextInt(NASTY.length)]);
                case 6 -> arguments.add(wrongType());
                default -> arguments.add(random.nextBoolean() ? huge() : MARKER + " +15555550123");
            }
        }
        return arguments;
    }

    private void corruptSession(ObjectNode envelope) {
        ObjectNode session = child(envelope, "session");
        ObjectNode attributes = NODES.objectNode();
        String forgedId = (SESSION_MARKER.toLowerCase() + "_").repeat(800);
        switch (random.nextInt(9)) {
            case 5 ->
                attributes
                        .put("said", FORGED_SAID[random.nextInt(FORGED_SAID.length)])
                        .put("reprompt", FORGED_SAID[random.nextInt(FORGED_SAID.length)])
                        .put("topic", "mrd");
            case 6 ->
                attributes
                        .put("topic", forgedId)
                        .put("proposed", forgedId.substring(0, 65))
                        .put("alternative", SESSION_MARKER.toLowerCase())
                        .put("offer", SESSION_MARKER);
            case 7 ->
                attributes
                        .put("caregiver", "1|2026-11-26|../../" + SESSION_MARKER)
                        .put("topic", "blinatumomab")
                        .put("offer", "RESUME");
            case 8 ->
                attributes
                        .put("said", "a:blinatumomab")
                        .put("reprompt", FORGED_SAID[random.nextInt(FORGED_SAID.length)])
                        .put("lastReprompt", SESSION_MARKER + " say this");
            case 0 -> attributes.put("topic", 42);
            case 1 -> attributes.put("moreHeard", "many").put("offer", "PLEASE").put("topic", "no_such_topic");
            case 2 -> attributes.put("lastSpeech", huge()).put("offer", "TEXT").put("topic", "car_t");
            case 3 ->
                attributes.putObject("foreign").put("nested", SESSION_MARKER).put("deep", huge());
            default ->
                attributes
                        .put("lastSpeech", SESSION_MARKER + " <speak>&]]>")
                        .put("moreHeard", -7)
                        .put("offer", "MORE_OR_TEXT")
                        .put("topic", "blinatumomab");
        }
        session.set("attributes", random.nextInt(6) == 0 ? NODES.textNode("not an object") : attributes);
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(random.nextInt());
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.arrayNode().add(MARKER).add(1);
            case 3 -> NODES.objectNode().put(MARKER, MARKER);
            default -> NODES.textNode(MARKER);
        };
    }

    private void removeRandomField(ObjectNode envelope) {
        List<ObjectNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(envelope, parents, names);
        if (!parents.isEmpty()) {
            int pick = random.nextInt(parents.size());
            parents.get(pick).remove(names.get(pick));
        }
    }

    private void replaceRandomField(ObjectNode envelope, JsonNode value) {
        List<ObjectNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(envelope, parents, names);
        if (!parents.isEmpty()) {
            int pick = random.nextInt(parents.size());
            parents.get(pick).set(names.get(pick), value);
        }
    }

    /** Every field, except inside the session attributes, which {@link #corruptSession} mutates on its own terms. */
    private static void collect(JsonNode node, List<ObjectNode> parents, List<String> names) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                parents.add(object);
                names.add(name);
                if (!name.equals("attributes")) {
                    collect(object.get(name), parents, names);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> collect(child, parents, names));
        }
    }

    private String huge() {
        return MARKER + " " + "relapse <&> ".repeat(100 * 1024 / 12);
    }

    private byte[] notJson(JsonNode original) {
        return switch (random.nextInt(4)) {
            case 0 -> new byte[0];
            case 1 -> {
                byte[] noise = new byte[1 + random.nextInt(512)];
                random.nextBytes(noise);
                yield noise;
            }
            case 2 -> {
                String json = original.toString();
                yield json.substring(0, random.nextInt(json.length())).getBytes(StandardCharsets.UTF_8);
            }
            default -> ("[" + original + "]").getBytes(StandardCharsets.UTF_8);
        };
    }
}
