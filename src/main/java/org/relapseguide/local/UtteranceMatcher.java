package org.relapseguide.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapseguide.content.Words;
import org.relapseguide.voice.IntentName;

/**
 * Turns typed text into the intent and slots Alexa would send, using only the interaction model: its sample
 * utterances, its slot values and synonyms, and the built-in intents' own names ("yes", "start over"). Text that
 * matches nothing becomes {@code AMAZON.FallbackIntent}, as on a device.
 */
public final class UtteranceMatcher {
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{(\\w+)}");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    /**
     * A slot value as heard, its slot type, and the value it resolved to: id null when a custom slot's value matched
     * nothing listed (Alexa's ER_SUCCESS_NO_MATCH), and no resolution at all for a built-in phrase slot.
     */
    public record SlotMatch(String name, String type, String value, String resolvedId, String resolvedName) {
        public boolean resolved() {
            return resolvedId != null;
        }

        /** Whether Alexa resolves this slot's values against a list (a custom type), as it does not a phrase slot. */
        public boolean resolvable() {
            return !type.startsWith("AMAZON.");
        }
    }

    /** The intent the text matched, with its slots. */
    public record Match(String intent, Map<String, SlotMatch> slots) {}

    private record Sample(String intent, Pattern pattern, List<String> slotNames, int literalLength) {}

    private record TypeValue(String id, String name) {}

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, String> slotTypes = new HashMap<>();
    private final Map<String, Map<String, TypeValue>> typeValues = new HashMap<>();

    public UtteranceMatcher(JsonNode model) {
        JsonNode languageModel = InteractionModel.languageModel(model);
        for (JsonNode type : languageModel.path("types")) {
            Map<String, TypeValue> values = new LinkedHashMap<>();
            for (JsonNode value : type.path("values")) {
                TypeValue typeValue = new TypeValue(
                        value.path("id").asText(),
                        value.path("name").path("value").asText());
                values.putIfAbsent(withoutAccents(Words.key(typeValue.name())), typeValue);
                for (JsonNode synonym : value.path("name").path("synonyms")) {
                    values.putIfAbsent(withoutAccents(Words.key(synonym.asText())), typeValue);
                }
            }
            typeValues.put(type.path("name").asText(), values);
        }
        for (JsonNode intent : languageModel.path("intents")) {
            String name = intent.path("name").asText();
            if (name.equals(IntentName.FALLBACK.modelName())) {
                continue;
            }
            for (JsonNode slot : intent.path("slots")) {
                slotTypes.put(
                        name + "/" + slot.path("name").asText(),
                        slot.path("type").asText());
            }
            for (JsonNode sample : intent.path("samples")) {
                samples.add(compile(name, sample.asText()));
            }
            if (name.startsWith("AMAZON.")) {
                samples.add(compile(name, builtInPhrase(name)));
            }
        }
    }

    public static UtteranceMatcher bundled(String locale) {
        return new UtteranceMatcher(InteractionModel.bundled(locale));
    }

    /**
     * The request Alexa would send for these words: the sample they match best (every custom slot resolved first,
     * then the most words matched literally, then the first in the model), with entity resolution on the listed
     * values and synonyms; a phrase slot takes whatever follows its carrier phrase. Nothing matched is
     * {@code AMAZON.FallbackIntent}, which carries no words. It understands nothing itself: what the words mean is
     * the skill's business, as it is on a device.
     */
    public Match match(String typed) {
        String text = withoutAccents(Words.normalize(typed));
        Match best = null;
        int bestScore = -1;
        for (Sample sample : samples) {
            Matcher matcher = sample.pattern().matcher(text);
            if (!matcher.matches()) {
                continue;
            }
            Map<String, SlotMatch> slots = new LinkedHashMap<>();
            boolean allResolved = true;
            for (int i = 0; i < sample.slotNames().size(); i++) {
                SlotMatch slot = resolve(sample.intent(), sample.slotNames().get(i), matcher.group(i + 1));
                slots.put(slot.name(), slot);
                allResolved &= !slot.resolvable() || slot.resolved();
            }
            // A sample that is only a custom slot catches anything, as Alexa's does (a custom slot is not an enum: the
            // words come with ER_SUCCESS_NO_MATCH), but only when no sample with words of its own fits.
            int score =
                    !allResolved && sample.literalLength() == 0 ? 0 : (allResolved ? 1000 : 1) + sample.literalLength();
            if (score > bestScore) {
                best = new Match(sample.intent(), slots);
                bestScore = score;
            }
        }
        return best != null ? best : new Match(IntentName.FALLBACK.modelName(), Map.of());
    }

    private SlotMatch resolve(String intent, String slotName, String heard) {
        String type = slotTypes.get(intent + "/" + slotName);
        TypeValue value = typeValues.getOrDefault(type, Map.of()).get(withoutAccents(Words.key(heard)));
        return value == null
                ? new SlotMatch(slotName, type, heard, null, null)
                : new SlotMatch(slotName, type, heard, value.id(), value.name());
    }

    private static Sample compile(String intent, String sample) {
        List<String> tokens = new ArrayList<>();
        List<String> slotNames = new ArrayList<>();
        int literal = 0;
        Matcher matcher = SLOT_REFERENCE.matcher(sample);
        int last = 0;
        while (matcher.find()) {
            literal += addLiteral(tokens, sample.substring(last, matcher.start()));
            tokens.add("(.+?)");
            slotNames.add(matcher.group(1));
            last = matcher.end();
        }
        literal += addLiteral(tokens, sample.substring(last));
        return new Sample(intent, Pattern.compile(String.join(" ", tokens)), slotNames, literal);
    }

    private static int addLiteral(List<String> tokens, String raw) {
        String words = withoutAccents(Words.normalize(raw));
        if (!words.isEmpty()) {
            tokens.add(Pattern.quote(words));
        }
        return words.length();
    }

    /**
     * Accents are optional, as a keyboard often leaves them out ("mas" for "más"); Alexa's recognizer writes them, so
     * on a device the words arrive with them either way.
     */
    private static String withoutAccents(String text) {
        return COMBINING
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("");
    }

    /** "AMAZON.StartOverIntent" is said "start over". */
    static String builtInPhrase(String intentName) {
        String bare = intentName.substring("AMAZON.".length()).replaceAll("Intent$", "");
        return bare.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
