package org.relapseguide.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code chat --screen}: what an Echo Show would show beside the speech, as text: which document (the template and
 * the Amazon layouts it is built from, and its size), the words its datasource carries, and the numbered things to
 * touch, which {@code tap N} touches.
 */
final class ScreenPrinter {
    private static final int LIST_SHOWN = 8;

    private List<TouchTargets.Target> targets = List.of();

    /** Prints the screen the response shows, if it shows one; the screen stays up until another replaces it. */
    void print(JsonNode envelope, PrintStream out) {
        Optional<JsonNode> directive = renderDocument(envelope);
        if (directive.isEmpty()) {
            return;
        }
        JsonNode document = directive.get().path("document");
        JsonNode data = directive.get().path("datasources").path("rg");
        out.printf(
                "[screen: %s | %s | %,d B document, %,d B data]%n",
                directive.get().path("token").asText(),
                String.join(", ", layouts(document)),
                bytes(document),
                bytes(data));
        data.fields().forEachRemaining(field -> {
            if (field.getValue().isArray()) {
                List<String> texts = new ArrayList<>();
                field.getValue()
                        .forEach(item -> texts.add(item.path("primaryText").asText()));
                String shown = String.join(" | ", texts.subList(0, Math.min(LIST_SHOWN, texts.size())));
                out.printf(
                        "  %s: %s%s%n",
                        field.getKey(), shown, texts.size() > LIST_SHOWN ? " | ... (" + texts.size() + " in all)" : "");
            } else {
                out.printf("  %s: %s%n", field.getKey(), field.getValue().asText());
            }
        });
        targets = TouchTargets.of(directive.get());
        if (targets.isEmpty()) {
            out.println("  (nothing to touch)");
            return;
        }
        StringBuilder line = new StringBuilder("  touch:");
        for (int i = 0; i < targets.size(); i++) {
            line.append(" [").append(i + 1).append("] ").append(targets.get(i).label());
        }
        out.println(line + "   (type tap N)");
    }

    /** The target numbered {@code number} on the screen shown last. */
    Optional<TouchTargets.Target> target(int number) {
        return number >= 1 && number <= targets.size() ? Optional.of(targets.get(number - 1)) : Optional.empty();
    }

    static Optional<JsonNode> renderDocument(JsonNode envelope) {
        for (JsonNode directive : envelope.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                return Optional.of(directive);
            }
        }
        return Optional.empty();
    }

    /** Amazon's responsive layouts the document is built from. */
    private static Set<String> layouts(JsonNode document) {
        Set<String> found = new TreeSet<>();
        collect(document, found);
        if (found.isEmpty()) {
            found.add("APL components only");
        }
        return found;
    }

    private static void collect(JsonNode node, Set<String> found) {
        if (node.isObject() && node.path("type").asText().startsWith("Alexa")) {
            found.add(node.path("type").asText());
        }
        node.forEach(child -> collect(child, found));
    }

    private static int bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
