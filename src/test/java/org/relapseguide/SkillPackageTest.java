package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.smapi.model.v1.skill.Manifest.ModelInterface;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestEnvelope;
import com.amazon.ask.smapi.model.v1.skill.interactionModel.InteractionModelData;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapseguide.local.InteractionModel;
import org.relapseguide.local.UtteranceMatcher;
import org.relapseguide.testing.CloudFormationYaml;
import org.relapseguide.testing.JsonTrees;
import org.relapseguide.voice.IntentName;

/** The skill package the ASK CLI uploads is one Amazon's own model classes accept, and it agrees with the code. */
class SkillPackageTest {
    private static final Path MANIFEST = Path.of("interaction-model/skill.json");
    private static final Path TEMPLATE = Path.of("template.yaml");
    private static final String LOCALE = "en-US";

    /**
     * What each locale's store listing must say: how a caregiver opens the skill and asks it something, and the health
     * disclaimer certification asks for, in that language.
     */
    record Listing(String locale, String open, String ask, List<String> disclaimer, String summaryDisclaimer) {
        Path model() {
            return Path.of("interaction-model/" + locale + ".json");
        }
    }

    static List<Listing> listings() {
        return List.of(
                new Listing(
                        "en-US",
                        "Alexa, open ",
                        "Alexa, ask ",
                        List.of(
                                "general information only",
                                "not a substitute for professional medical advice, diagnosis or treatment",
                                "call your doctor",
                                "call your local emergency number"),
                        "not medical advice"),
                new Listing(
                        "es-US",
                        "Alexa, abre ",
                        "Alexa, pide a ",
                        List.of(
                                "información general solamente",
                                "no reemplaza el consejo, el diagnóstico ni el tratamiento de un profesional de la salud",
                                "llame a su doctor",
                                "llame al 911"),
                        "no es consejo médico"));
    }

    private static final String CAN_FULFILL_INTERFACE = "CAN_FULFILL_INTENT_REQUEST";

    /** Amazon's classes, unknown fields rejected, leaving out on the way back what was absent on the way in. */
    private static final ObjectMapper AMAZON_MODEL = amazonModel();

    /**
     * The manifest interface for name-free requests: ask-smapi-model 1.14.0 lists it in its InterfaceType enum but
     * has no class for it, so without this a correct manifest would fail to read.
     */
    static final class CanFulfillIntentRequestInterface extends ModelInterface {
        @JsonProperty("type")
        void setType(String type) {
            this.type = type;
        }
    }

    private static ObjectMapper amazonModel() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.registerSubtypes(new NamedType(CanFulfillIntentRequestInterface.class, CAN_FULFILL_INTERFACE));
        return mapper;
    }

    private static ObjectNode read(Path file) throws IOException {
        return (ObjectNode) AMAZON_MODEL.readTree(file.toFile());
    }

    private static JsonNode manifest() throws IOException {
        return read(MANIFEST).path("manifest");
    }

    private static JsonNode publishing(String locale) throws IOException {
        return manifest().path("publishingInformation").path("locales").path(locale);
    }

    /** What Amazon's class makes of the JSON, written back: a field it dropped or a value it did not know differs. */
    private static <T> JsonNode throughAmazonsModel(JsonNode json, Class<T> type) throws IOException {
        return JsonTrees.withoutEmpty(AMAZON_MODEL.valueToTree(AMAZON_MODEL.treeToValue(json, type)));
    }

    /**
     * Where Amazon's classes met an enum value they do not know: they keep the text (so it writes back unchanged)
     * but the typed getter answers UNKNOWN_TO_SDK_VERSION.
     */
    private static List<String> unknownValues(Object node, String path) throws ReflectiveOperationException {
        List<String> unknown = new ArrayList<>();
        if (node instanceof Enum<?> value) {
            if (value.name().equals("UNKNOWN_TO_SDK_VERSION")) {
                unknown.add(path);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknown.addAll(unknownValues(list.get(i), path + "[" + i + "]"));
            }
        } else if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknown.addAll(unknownValues(entry.getValue(), path + "." + entry.getKey()));
            }
        } else if (node != null && node.getClass().getName().startsWith("com.amazon.ask.smapi.model.")) {
            for (Method getter : node.getClass().getMethods()) {
                if (getter.getName().startsWith("get")
                        && getter.getParameterCount() == 0
                        && getter.getDeclaringClass() != Object.class
                        && !absentEnum(node, getter)) {
                    unknown.addAll(unknownValues(getter.invoke(node), path + "." + getter.getName()));
                }
            }
        }
        return unknown;
    }

    /** An enum getter whose text twin ({@code getXAsString}) is null: the field was simply not in the file. */
    private static boolean absentEnum(Object node, Method getter) throws ReflectiveOperationException {
        if (!getter.getReturnType().isEnum()) {
            return false;
        }
        try {
            return node.getClass().getMethod(getter.getName() + "AsString").invoke(node) == null;
        } catch (NoSuchMethodException noTextTwin) {
            return getter.invoke(node) == null;
        }
    }

    @Test
    void the_manifest_reads_into_amazons_model_field_for_field() throws Exception {
        ObjectNode manifest = read(MANIFEST);

        assertThat(throughAmazonsModel(manifest, SkillManifestEnvelope.class))
                .isEqualTo(JsonTrees.withoutEmpty(manifest));
        assertThat(unknownValues(AMAZON_MODEL.treeToValue(manifest, SkillManifestEnvelope.class), ""))
                .isEmpty();
    }

    @Test
    void a_misspelled_manifest_field_fails_the_build() throws IOException {
        ObjectNode manifest = read(MANIFEST);
        ObjectNode english = (ObjectNode) manifest.path("manifest")
                .path("publishingInformation")
                .path("locales")
                .path(LOCALE);
        english.set("examplePhrase", english.remove("examplePhrases"));

        assertThatThrownBy(() -> AMAZON_MODEL.treeToValue(manifest, SkillManifestEnvelope.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("examplePhrase");
    }

    @Test
    void a_misspelled_permission_fails_the_build() throws Exception {
        ObjectNode manifest = read(MANIFEST);
        ((ObjectNode) manifest.path("manifest").path("permissions").get(0))
                .put("name", "alexa::profile:mobile_numbers:read");

        assertThat(unknownValues(AMAZON_MODEL.treeToValue(manifest, SkillManifestEnvelope.class), ""))
                .containsExactly(".getManifest.getPermissions[0].getName");
    }

    @ParameterizedTest
    @MethodSource("listings")
    void the_interaction_model_reads_into_amazons_model_field_for_field(Listing listing) throws Exception {
        ObjectNode model = read(listing.model());

        assertThat(throughAmazonsModel(model, InteractionModelData.class)).isEqualTo(JsonTrees.withoutEmpty(model));
        assertThat(unknownValues(AMAZON_MODEL.treeToValue(model, InteractionModelData.class), ""))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("listings")
    void a_misspelled_interaction_model_field_fails_the_build(Listing listing) throws IOException {
        ObjectNode model = read(listing.model());
        ObjectNode languageModel = (ObjectNode) model.path("interactionModel").path("languageModel");
        languageModel.set("invokationName", languageModel.remove("invocationName"));

        assertThatThrownBy(() -> AMAZON_MODEL.treeToValue(model, InteractionModelData.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("invokationName");
    }

    @ParameterizedTest
    @MethodSource("listings")
    void the_description_carries_the_health_disclaimer_certification_asks_for(Listing listing) throws IOException {
        String description = publishing(listing.locale()).path("description").asText();

        for (String sentence : listing.disclaimer()) {
            assertThat(description).containsIgnoringCase(sentence);
        }
        assertThat(publishing(listing.locale()).path("summary").asText())
                .hasSizeLessThanOrEqualTo(160)
                .containsIgnoringCase(listing.summaryDisclaimer());
        assertThat(publishing(listing.locale()).path("keywords").size()).isBetween(1, 30);
    }

    @Test
    void the_skill_is_for_adults_uses_the_mobile_number_and_sells_nothing() throws IOException {
        JsonNode privacy = manifest().path("privacyAndCompliance");

        assertThat(privacy.path("isChildDirected").asBoolean(true)).isFalse();
        assertThat(privacy.path("usesPersonalInfo").asBoolean()).isTrue();
        assertThat(privacy.path("allowsPurchases").asBoolean(true)).isFalse();
        assertThat(privacy.path("containsAds").asBoolean(true)).isFalse();
        assertThat(privacy.path("isExportCompliant").asBoolean()).isTrue();
        for (Listing listing : listings()) {
            assertThat(privacy.path("locales")
                            .path(listing.locale())
                            .path("privacyPolicyUrl")
                            .asText())
                    .as(listing.locale())
                    .startsWith("https://");
            assertThat(privacy.path("locales")
                            .path(listing.locale())
                            .path("termsOfUseUrl")
                            .asText())
                    .as(listing.locale())
                    .startsWith("https://");
        }
        assertThat(manifest().path("permissions").findValuesAsText("name"))
                .containsExactly("alexa::profile:mobile_number:read");
    }

    @Test
    void the_category_is_amazons_health_category() throws IOException {
        assertThat(manifest().path("publishingInformation").path("category").asText())
                .isEqualTo("HEALTH_AND_FITNESS");
    }

    @ParameterizedTest
    @MethodSource("listings")
    void the_skill_name_is_the_invocation_name_caregivers_say(Listing listing) throws IOException {
        String invocationName = InteractionModel.languageModel(read(listing.model()))
                .path("invocationName")
                .asText();

        assertThat(invocationName.split(" ")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(publishing(listing.locale()).path("name").asText()).isEqualToIgnoringCase(invocationName);
    }

    @ParameterizedTest
    @MethodSource("listings")
    void every_example_phrase_opens_the_skill_or_asks_something_the_model_understands(Listing listing)
            throws IOException {
        ObjectNode model = read(listing.model());
        String invocationName =
                InteractionModel.languageModel(model).path("invocationName").asText();
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        List<String> phrases = new ArrayList<>();
        publishing(listing.locale()).path("examplePhrases").forEach(p -> phrases.add(p.asText()));
        String ask = listing.ask() + invocationName + " ";

        assertThat(phrases).hasSizeBetween(1, 3).first().isEqualTo(listing.open() + invocationName);
        for (String phrase : phrases.subList(1, phrases.size())) {
            assertThat(phrase).startsWith(ask);
            UtteranceMatcher.Match match = matcher.match(phrase.substring(ask.length()));
            assertThat(match.intent()).as(phrase).isNotEqualTo(IntentName.FALLBACK.modelName());
            assertThat(match.slots().values()).as(phrase).allMatch(slot -> !slot.resolvable() || slot.resolved());
        }
    }

    @Test
    void the_endpoint_is_the_alias_the_template_publishes() throws IOException {
        String alias = CloudFormationYaml.read(TEMPLATE)
                .path("Resources")
                .path("RelapseGuideFunction")
                .path("Properties")
                .path("AutoPublishAlias")
                .asText();

        assertThat(manifest()
                        .path("apis")
                        .path("custom")
                        .path("endpoint")
                        .path("uri")
                        .asText())
                .startsWith("arn:aws:lambda:")
                .endsWith(":" + alias);
    }

    @Test
    void name_free_requests_are_declared_because_the_skill_answers_them() throws IOException {
        assertThat(manifest().path("apis").path("custom").path("interfaces").findValuesAsText("type"))
                .contains(CAN_FULFILL_INTERFACE);
    }
}
