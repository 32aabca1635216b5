package org.relapseguide.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.alexa.Envelopes.Slot;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.SlotName;

/** The request envelopes in {@code events/}, shared with {@code sam local invoke}, loaded fresh for each use. */
public final class Events {
    public static final Path DIRECTORY = Path.of("events");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {}

    public static ObjectNode load(String name) {
        try {
            return (ObjectNode)
                    MAPPER.readTree(DIRECTORY.resolve(name + ".json").toFile());
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
     * An envelope from the caregiver, device and session of the files in {@code events/}, for a request built with
     * the skill's own envelope builder.
     */
    public static Envelopes.Builder asInTheFiles() {
        return Envelopes.forSkill(LocalSkill.SKILL_ID)
                .user("amzn1.ask.account.TEST-CAREGIVER-0001")
                .device("amzn1.ask.device.TEST-DEVICE")
                .api("https://api.amazonalexa.com", "test-access-token")
                .session("amzn1.echo-api.session.test-0001", true, null)
                .request("amzn1.echo-api.request.test-0002", Instant.parse("2026-11-26T12:00:00Z"));
    }

    /** The same, from an Echo Show: a device with a screen that renders APL. */
    public static Envelopes.Builder onAScreen() {
        return asInTheFiles().supportedInterfaces(Envelopes.screenInterfaces());
    }

    /** A question about any topic, as Alexa sends it when the caregiver said one of its names. */
    public static ObjectNode topicQuestion(String topicId, String spoken) {
        return asInTheFiles()
                .intent(
                        IntentName.TOPIC.modelName(),
                        Slot.matched(SlotName.TOPIC.modelName(), spoken, SlotName.TOPIC.typeName(), topicId, spoken));
    }
}
