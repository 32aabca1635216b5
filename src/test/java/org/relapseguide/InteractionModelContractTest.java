package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.local.InteractionModel;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.SlotName;

/** The interaction model, the code's intent and slot names, and the content file all agree. */
class InteractionModelContractTest {
    private static Path model(String locale) {
        return Path.of("interaction-model/" + locale + ".json");
    }

    private static Path content(String locale) {
        return Path.of("content/" + locale + ".json");
    }

    private static final List<String> REQUIRED_BUILT_INS = List.of(
            "AMAZON.YesIntent",
            "AMAZON.NoIntent",
            "AMAZON.RepeatIntent",
            "AMAZON.HelpIntent",
            "AMAZON.StopIntent",
            "AMAZON.CancelIntent",
            "AMAZON.FallbackIntent",
            "AMAZON.StartOverIntent",
            "AMAZON.NavigateHomeIntent");

    private static JsonNode languageModel(String locale) throws Exception {
        return InteractionModel.languageModel(InteractionModel.read(model(locale)));
    }

    private static List<String> intentNames(JsonNode languageModel) {
        List<String> names = new ArrayList<>();
        languageModel.path("intents").forEach(i -> names.add(i.path("name").asText()));
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void the_invocation_name_is_the_skills_name_in_its_language(String locale) throws Exception {
        assertThat(languageModel(locale).path("invocationName").asText())
                .isEqualTo(locale.equals("es-US") ? "guía de recaídas" : "relapse guide");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void the_model_defines_exactly_the_intents_the_code_handles(String locale) throws Exception {
        List<String> inCode =
                Arrays.stream(IntentName.values()).map(IntentName::modelName).toList();

        assertThat(intentNames(languageModel(locale))).containsExactlyInAnyOrderElementsOf(inCode);
        assertThat(inCode).containsAll(REQUIRED_BUILT_INS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void every_slot_in_the_model_is_one_the_code_reads_with_its_type(String locale) throws Exception {
        Set<String> inCode = new HashSet<>();
        for (SlotName slot : SlotName.values()) {
            inCode.add(slot.modelName() + ":" + slot.typeName());
        }
        Set<String> inModel = new HashSet<>();
        for (JsonNode intent : languageModel(locale).path("intents")) {
            intent.path("slots")
                    .forEach(s -> inModel.add(
                            s.path("name").asText() + ":" + s.path("type").asText()));
        }
        assertThat(inModel).isEqualTo(inCode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void every_slot_a_sample_names_is_declared_on_its_intent(String locale) throws Exception {
        Pattern reference = Pattern.compile("\\{(\\w+)}");
        for (JsonNode intent : languageModel(locale).path("intents")) {
            Set<String> declared = new HashSet<>();
            intent.path("slots").forEach(s -> declared.add(s.path("name").asText()));
            for (JsonNode sample : intent.path("samples")) {
                Matcher matcher = reference.matcher(sample.asText());
                while (matcher.find()) {
                    assertThat(declared).as("slot in \"%s\"", sample.asText()).contains(matcher.group(1));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void the_topic_intent_has_at_least_twenty_ways_caregivers_ask(String locale) throws Exception {
        for (JsonNode intent : languageModel(locale).path("intents")) {
            if (intent.path("name").asText().equals(IntentName.TOPIC.modelName())) {
                assertThat(intent.path("samples").size()).isGreaterThanOrEqualTo(20);
                return;
            }
        }
        throw new AssertionError("no TopicIntent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void the_slot_values_are_exactly_those_generated_from_the_content_file(String locale) throws Exception {
        ObjectNode model = InteractionModel.read(model(locale));
        ContentSet content = ContentFile.read(content(locale)).toContentSet();

        assertThat(InteractionModel.withSlotValuesFrom(model, content))
                .as(model(locale) + " is stale: run `java -jar target/relapse-guide.jar model generate`")
                .isEqualTo(model);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void every_topic_is_a_slot_value_with_its_id_and_synonyms(String locale) throws Exception {
        ContentSet content = ContentFile.read(content(locale)).toContentSet();
        JsonNode topicType = null;
        for (JsonNode type : languageModel(locale).path("types")) {
            if (type.path("name").asText().equals(SlotName.TOPIC.typeName())) {
                topicType = type;
            }
        }
        assertThat(topicType).isNotNull();
        List<String> ids = new ArrayList<>();
        topicType.path("values").forEach(v -> ids.add(v.path("id").asText()));
        assertThat(ids)
                .containsExactlyElementsOf(
                        content.topics().stream().map(t -> t.id()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void the_bundled_model_is_the_file_in_the_repository(String locale) throws Exception {
        assertThat(InteractionModel.bundled(locale)).isEqualTo(InteractionModel.read(model(locale)));
    }
}
