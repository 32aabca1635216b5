package org.relapseguide.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every APL document and datasource the skill can send passes Amazon's own validator, apl-suggester (from the
 * npm registry, installed by the build from package-lock.json), run offline by {@code src/test/apl/validate.js}:
 * no finding of any level. No warning is accepted; one that ever has to be goes into {@link #ACCEPTED} with its
 * reason, and into docs/screens.md.
 */
class AplValidatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCRIPT = Path.of("src", "test", "apl", "validate.js");

    /** Findings accepted, each with why: none. */
    private static final List<String> ACCEPTED = List.of();

    @Test
    void every_document_and_datasource_the_skill_can_send_passes_apl_suggester_with_no_finding() throws Exception {
        ObjectNode input = MAPPER.createObjectNode();
        ObjectNode documents = input.putObject("documents");
        ArrayNode datasources = input.putArray("datasources");
        for (ScreenCatalog.Shown shown : ScreenCatalog.every()) {
            if (!documents.has(shown.token())) {
                documents.set(shown.token(), shown.directive().path("document"));
            }
            datasources
                    .addObject()
                    .put("name", shown.toString())
                    .set("datasources", shown.directive().path("datasources"));
        }

        JsonNode result = validate(input);

        assertThat(result.path("validator").asText()).isEqualTo("apl-suggester 2024.2.0");
        assertThat(result.path("documents").asInt()).isEqualTo(View.values().length);
        assertThat(result.path("datasources").asInt()).isEqualTo(datasources.size());
        assertThat(findings(result)).isEqualTo(ACCEPTED);
    }

    @Test
    void the_validator_finds_a_misspelt_property_a_wrong_layout_parameter_and_an_unknown_layout() throws Exception {
        ObjectNode answer = (ObjectNode) MAPPER.readTree(
                Path.of("src", "main", "resources", "apl", "answer.json").toFile());
        ObjectNode page = (ObjectNode) answer.path("mainTemplate").path("items").path(0);
        ((ObjectNode) page.path("items").path(0)).put("headerTitel", "${rg.header}");
        ((ObjectNode) page.path("items").path(1).path("item").path("items").path(1)).put("fontWeigth", "700");
        ((ObjectNode) page.path("items").path(0)).put("type", "AlexaHeadr");
        ObjectNode input = MAPPER.createObjectNode();
        input.putObject("documents").set("answer", answer);
        input.putArray("datasources");

        List<String> findings = findings(validate(input));

        assertThat(findings)
                .anySatisfy(f -> assertThat(f).contains("fontWeigth"))
                .anySatisfy(f -> assertThat(f).contains("unknown component type AlexaHeadr"));
        answer = (ObjectNode) MAPPER.readTree(
                Path.of("src", "main", "resources", "apl", "answer.json").toFile());
        ((ObjectNode) answer.path("mainTemplate")
                        .path("items")
                        .path(0)
                        .path("items")
                        .path(0))
                .put("headerTitel", "${rg.header}");
        input.putObject("documents").set("answer", answer);
        assertThat(findings(validate(input))).anySatisfy(f -> assertThat(f).contains("headerTitel"));
    }

    private static List<String> findings(JsonNode result) {
        List<String> findings = new ArrayList<>();
        result.path("findings")
                .forEach(f -> findings.add(f.path("level").asText() + " "
                        + f.path("where").asText() + " " + f.path("path").asText() + ": "
                        + f.path("message").asText()));
        return findings;
    }

    private static JsonNode validate(JsonNode input) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(Path.of("target", "apl"));
        Path in = directory.resolve("validate-input.json");
        Path out = directory.resolve("validate-output.json");
        Path err = directory.resolve("validate-errors.txt");
        MAPPER.writeValue(in.toFile(), input);
        Process node = new ProcessBuilder("node", SCRIPT.toString(), in.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!node.waitFor(3, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            throw new AssertionError("apl-suggester did not finish in 3 minutes");
        }
        assertThat(node.exitValue())
                .as("validate.js exit code; its errors: " + Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return MAPPER.readTree(out.toFile());
    }
}
