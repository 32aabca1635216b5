package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.services.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.JsonTrees;
import org.relapseguide.voice.IntentName;

/** The envelopes in events/, shared with `sam local invoke -e`, are real Alexa requests and cover every one handled. */
class RequestEnvelopeFilesTest {
    private static final String FOREIGN = "wrong-skill-id";
    /** Envelopes the fuzz suite found crashing the skill: malformed on purpose, kept as regression cases. */
    private static final String REGRESSION = "regression-";

    private static final List<String> REQUEST_TYPES = List.of(
            "LaunchRequest",
            "IntentRequest",
            "SessionEndedRequest",
            "CanFulfillIntentRequest",
            "Alexa.Presentation.APL.UserEvent");

    /** The SDK's own reading and writing of requests; it skips fields it does not know, so compare what comes back. */
    private static final JacksonSerializer SDK = new JacksonSerializer();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<String> ownEvents() {
        return Events.names().stream()
                .filter(name -> !name.equals(FOREIGN) && !name.startsWith(REGRESSION))
                .toList();
    }

    @Test
    void every_envelope_but_the_foreign_one_carries_the_test_skill_id() {
        assertThat(ownEvents()).isNotEmpty().allSatisfy(name -> {
            ObjectNode envelope = Events.load(name);
            assertThat(envelope.path("session")
                            .path("application")
                            .path("applicationId")
                            .asText())
                    .as(name)
                    .isEqualTo(LocalSkill.SKILL_ID);
            assertThat(envelope.path("context")
                            .path("System")
                            .path("application")
                            .path("applicationId")
                            .asText())
                    .as(name)
                    .isEqualTo(LocalSkill.SKILL_ID);
        });
        assertThat(Events.load(FOREIGN)
                        .path("context")
                        .path("System")
                        .path("application")
                        .path("applicationId")
                        .asText())
                .isNotEqualTo(LocalSkill.SKILL_ID);
    }

    @Test
    void every_envelope_reads_into_the_sdks_request_envelope_with_no_field_left_over() {
        assertThat(Events.names().stream()
                        .filter(name -> !name.startsWith(REGRESSION))
                        .toList())
                .allSatisfy(name -> {
                    ObjectNode file = Events.load(name);
                    RequestEnvelope envelope = SDK.deserialize(MAPPER.writeValueAsString(file), RequestEnvelope.class);
                    JsonNode readBack = MAPPER.readTree(SDK.serialize(envelope));

                    assertThat(envelope.getRequest()).as(name).isNotNull();
                    assertThat(JsonTrees.withoutEmpty(readBack)).as(name).isEqualTo(JsonTrees.withoutEmpty(file));
                });
    }

    @Test
    void there_is_an_envelope_for_every_request_type_and_every_intent_the_skill_handles() {
        Set<String> types = new HashSet<>();
        Set<String> intents = new HashSet<>();
        for (String name : ownEvents()) {
            ObjectNode request = Events.request(Events.load(name));
            types.add(request.path("type").asText());
            if (request.path("type").asText().equals("IntentRequest")) {
                intents.add(request.path("intent").path("name").asText());
            }
        }

        assertThat(types).containsAll(REQUEST_TYPES);
        assertThat(intents)
                .containsAll(Arrays.stream(IntentName.values())
                        .map(IntentName::modelName)
                        .toList());
    }
}
