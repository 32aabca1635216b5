package org.relapseguide.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.users.CaregiverMemory;
import org.relapseguide.users.Caregivers;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Speech;

/**
 * Finds text a response carries (in its speech, reprompt, card, directives or session attributes) that came from its
 * request's session attributes or slot values and is not the skill's own: not words of its content or phrases, and
 * not a reference the skill itself writes (a topic id it has, an offer, a reply it can say, a caregiver form naming a
 * topic it has). So a slot value the skill resolved to one of its topics may be heard as that topic's name, and
 * nothing else a request carried may come back.
 */
public final class Echoes {
    /** Shorter values ("no", "42") turn up in any sentence; the planted markers catch short forgeries. */
    private static final int SHORTEST = 4;

    private final ContentSet content;
    private final String ownWords;
    private final Set<String> ownTokens = new HashSet<>();

    public Echoes(ContentSet content, Speech speech) {
        this.content = content;
        StringBuilder words = new StringBuilder();
        for (Topic topic : content.topics()) {
            ownTokens.add(topic.id());
            for (String text : texts(topic)) {
                words.append(text).append('\n');
            }
        }
        for (Phrase phrase : Phrase.values()) {
            words.append(speech.get(phrase)).append('\n');
        }
        for (Offer offer : Offer.values()) {
            ownTokens.add(offer.name());
        }
        ownTokens.addAll(SessionState.KEYS);
        ownTokens.add(Caregivers.SESSION_KEY);
        this.ownWords = words.toString().toLowerCase(Locale.ROOT);
    }

    /** @return what was echoed and where it came from, or null when the response carries nothing of the request */
    public String find(JsonNode request, JsonNode response) {
        String carried = text(response);
        List<Map.Entry<String, String>> values = new ArrayList<>();
        JsonNode attributes = request.path("session").path("attributes");
        leaves(attributes, "session attribute", values);
        request.path("request").path("intent").path("slots").forEach(slot -> {
            leaves(slot.path("value"), "slot " + slot.path("name").asText(), values);
            slot.path("resolutions")
                    .path("resolutionsPerAuthority")
                    .forEach(authority -> authority
                            .path("values")
                            .forEach(value -> leaves(
                                    value.path("value").path("name"),
                                    "resolved name of slot " + slot.path("name").asText(),
                                    values)));
        });
        for (Map.Entry<String, String> value : values) {
            String v = value.getValue().trim();
            if (v.length() >= SHORTEST && carried.contains(v.toLowerCase(Locale.ROOT)) && !own(v)) {
                return value.getKey() + " came back: " + v.substring(0, Math.min(80, v.length()));
            }
        }
        return null;
    }

    private boolean own(String value) {
        if (ownTokens.contains(value) || ownWords.contains(value.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (Said.decode(value, content).isPresent()) {
            return true;
        }
        CaregiverMemory caregiver = CaregiverMemory.fromSessionForm(value);
        return caregiver != null
                && (caregiver.lastTopicId() == null
                        || content.topic(caregiver.lastTopicId()).isPresent());
    }

    /** The strings in a node, without its field names. */
    private static void values(JsonNode node, List<Map.Entry<String, String>> into) {
        if (node.isTextual()) {
            into.add(Map.entry("response", node.asText()));
        } else if (node.isContainerNode()) {
            node.forEach(child -> values(child, into));
        }
    }

    /** The strings in a node and its field names. */
    private static void leaves(JsonNode node, String where, List<Map.Entry<String, String>> into) {
        if (node.isTextual()) {
            into.add(Map.entry(where, node.asText()));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                into.add(Map.entry(where + " name", field.getKey()));
                leaves(field.getValue(), where, into);
            });
        } else if (node.isArray()) {
            node.forEach(child -> leaves(child, where, into));
        }
    }

    /**
     * Every string of what the response says, shows or carries on (not the envelope's own field names), as sent and
     * with XML's escapes undone, in lower case.
     */
    private static String text(JsonNode envelope) {
        List<Map.Entry<String, String>> strings = new ArrayList<>();
        JsonNode response = envelope.path("response");
        for (String part : List.of("outputSpeech", "reprompt", "card", "directives")) {
            values(response.path(part), strings);
        }
        leaves(envelope.path("sessionAttributes"), "session attribute", strings);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> string : strings) {
            String s = string.getValue();
            out.append(s).append('\n');
            out.append(s.replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\"")
                            .replace("&apos;", "'")
                            .replace("&amp;", "&"))
                    .append('\n');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> texts(Topic topic) {
        List<String> texts = new ArrayList<>(List.of(topic.title(), topic.answer(), topic.text()));
        texts.addAll(topic.more());
        texts.addAll(topic.synonyms());
        texts.addAll(topic.questions());
        texts.addAll(topic.aliases());
        texts.addAll(topic.sources());
        return texts;
    }
}
