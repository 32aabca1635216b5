package org.relapseguide.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The request envelopes in {@code events/}, shared with {@code sam local invoke}, loaded fresh for each use. */
public final class Events {
    public static final Path DIRECTORY = Path.of("events");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    public static ObjectNode load(String name) {
        try {
            return (ObjectNode) MAPPER.readTree(DIRECTORY.resolve(name + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every envelope file, by name without the extension. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The envelope's request object, to adjust a slot or a field. */
    public static ObjectNode request(ObjectNode envelope) {
        return (ObjectNode) envelope.path("request");
    }

    /** The envelope's session attributes, to set up what the skill remembers. */
    public static ObjectNode sessionAttributes(ObjectNode envelope) {
        return (ObjectNode) envelope.path("session").path("attributes");
    }

    /**
     * A question about any topic, as Alexa sends it when the caregiver said one of its names: the
     * {@code topic-blinatumomab} envelope with the slot value and the resolved id changed.
     */
    public static ObjectNode topicQuestion(String topicId, String spoken) {
        ObjectNode envelope = load("topic-blinatumomab");
        ObjectNode slot = (ObjectNode) request(envelope).path("intent").path("slots").path("topic");
        slot.put("value", spoken);
        ObjectNode value = (ObjectNode) slot.path("resolutions").path("resolutionsPerAuthority").get(0)
                .path("values").get(0).path("value");
        value.put("name", spoken);
        value.put("id", topicId);
        return envelope;
    }
}
