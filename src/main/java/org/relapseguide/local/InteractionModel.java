package org.relapseguide.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.EmergencySign;
import org.relapseguide.content.Topic;
import org.relapseguide.voice.SlotName;

/**
 * The interaction model file ({@code interaction-model/<locale>.json}): reading it, and regenerating its slot
 * values from the content file so the model and the content can never disagree.
 */
public final class InteractionModel {
    public static final String CLASSPATH_DIRECTORY = "interaction-model/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InteractionModel() {}

    public static ObjectNode read(Path path) throws IOException {
        return (ObjectNode) MAPPER.readTree(path.toFile());
    }

    /** The model bundled in the jar for a locale. */
    public static ObjectNode bundled(String locale) {
        String resource = CLASSPATH_DIRECTORY + locale + ".json";
        try (InputStream in = InteractionModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No bundled interaction model at " + resource);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode languageModel(JsonNode model) {
        return model.path("interactionModel").path("languageModel");
    }

    /** A copy of the model whose TOPIC and EMERGENCY_SIGN values are exactly those of the content. */
    public static ObjectNode withSlotValuesFrom(ObjectNode model, ContentSet content) {
        ObjectNode copy = model.deepCopy();
        ArrayNode types = (ArrayNode) languageModel(copy).path("types");
        for (JsonNode type : types) {
            String name = type.path("name").asText();
            if (name.equals(SlotName.TOPIC.typeName())) {
                ((ObjectNode) type).set("values", topicValues(content));
            } else if (name.equals(SlotName.SIGN.typeName())) {
                ((ObjectNode) type).set("values", signValues(content));
            }
        }
        return copy;
    }

    public static void write(ObjectNode model, Path path) throws IOException {
        Files.writeString(path, toJson(model), StandardCharsets.UTF_8);
    }

    /** The file's formatting: two-space indent, one array element per line, a newline at the end. */
    public static String toJson(JsonNode model) {
        return ContentFile.toText(model);
    }

    private static ArrayNode topicValues(ContentSet content) {
        ArrayNode values = MAPPER.createArrayNode();
        for (Topic topic : content.topics()) {
            values.add(value(
                    topic.id(),
                    topic.spokenName(),
                    topic.synonyms()
                            .subList(
                                    Math.min(1, topic.synonyms().size()),
                                    topic.synonyms().size())));
        }
        return values;
    }

    private static ArrayNode signValues(ContentSet content) {
        ArrayNode values = MAPPER.createArrayNode();
        for (EmergencySign sign : content.emergencySigns()) {
            values.add(value(sign.id(), sign.name(), sign.synonyms()));
        }
        return values;
    }

    private static ObjectNode value(String id, String name, List<String> synonyms) {
        ObjectNode value = MAPPER.createObjectNode();
        value.put("id", id);
        ObjectNode nameNode = value.putObject("name");
        nameNode.put("value", name);
        ArrayNode synonymNodes = nameNode.putArray("synonyms");
        new ArrayList<>(synonyms).forEach(synonymNodes::add);
        return value;
    }
}
