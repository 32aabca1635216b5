package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;

/**
 * What a caregiver hears does not change by accident: every envelope in {@code events/} gets exactly the response
 * recorded in {@code src/test/resources/golden/}. A deliberate change (new wording, a content correction) is
 * recorded again with {@code mvn test -Dtest=GoldenResponsesTest -Dgolden.update=true}, and the diff of the golden
 * files is reviewed in the commit.
 */
class GoldenResponsesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<String> events() {
        return Events.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void every_envelope_gets_the_recorded_response(String event) throws IOException {
        JsonNode actual = respond(event);
        Path file = GOLDEN.resolve(event + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, MAPPER.writeValueAsString(actual) + "\n");
        }

        assertThat(file)
                .as("golden response for " + event + " (record it with -Dgolden.update=true)")
                .exists();
        assertThat(MAPPER.writeValueAsString(actual))
                .isEqualTo(MAPPER.writeValueAsString(MAPPER.readTree(file.toFile())));
    }

    /** The whole response envelope, or the kind of refusal for an envelope the skill does not answer. */
    private static JsonNode respond(String event) throws IOException {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        try {
            ObjectNode response = (ObjectNode)
                    MAPPER.readTree(skill.invokeBytes(Files.readAllBytes(Events.DIRECTORY.resolve(event + ".json"))));
            // The SDK names the JVM it runs on; that is not something the caregiver hears.
            response.remove("userAgent");
            return response;
        } catch (RuntimeException refused) {
            ObjectNode refusal = MAPPER.createObjectNode();
            refusal.put("refused", refused.getClass().getSimpleName());
            return refusal;
        }
    }
}
