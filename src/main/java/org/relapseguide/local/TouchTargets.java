package org.relapseguide.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be touched on a screen the skill sent, read from the directive itself: every {@code SendEvent} in its
 * document, bound to its datasource as the device would bind it, with the label the caregiver sees. A condition on
 * the viewport is taken as true, so a button a document places differently on round screens is listed once.
 */
public final class TouchTargets {
    private static final Pattern BOUND = Pattern.compile("\\$\\{(rg|data)\\.(\\w+)}");
    private static final Set<String> COMMAND_KEYS = Set.of("primaryAction", "headerBackButtonCommand", "onPress");

    /** One thing to touch: its label and the arguments the touch sends, with the token Alexa sends them with. */
    public record Target(String label, String token, List<String> arguments) {}

    private TouchTargets() {}

    /** Every target of a RenderDocument directive, in document order. */
    public static List<Target> of(JsonNode directive) {
        Set<Target> targets = new LinkedHashSet<>();
        JsonNode data = directive.path("datasources").path("rg");
        walk(
                directive.path("document"),
                List.of(),
                null,
                directive.path("token").asText(),
                data,
                targets);
        return List.copyOf(targets);
    }

    private static void walk(
            JsonNode node, List<JsonNode> owners, String key, String token, JsonNode data, Set<Target> targets) {
        if (node.isArray()) {
            node.forEach(child -> walk(child, owners, key, token, data, targets));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("type").asText().equals("SendEvent") && !owners.isEmpty()) {
            sendEvent(node, owners, key, token, data, targets);
            return;
        }
        List<JsonNode> inside = new ArrayList<>(owners);
        inside.add(node);
        node.fields().forEachRemaining(field -> walk(field.getValue(), inside, field.getKey(), token, data, targets));
    }

    private static void sendEvent(
            JsonNode command, List<JsonNode> owners, String key, String token, JsonNode data, Set<Target> targets) {
        JsonNode owner = owners.get(owners.size() - 1);
        if (!COMMAND_KEYS.contains(key) || !shown(owners, data)) {
            return;
        }
        String label = key.equals("headerBackButtonCommand")
                ? owner.path("headerBackButtonAccessibilityLabel").asText()
                : owner.has("buttonText")
                        ? owner.path("buttonText").asText()
                        // A list's action runs on the item touched, which shows the item's own text.
                        : owner.path("primaryText").asText("${data.primaryText}");
        JsonNode items = items(owners, data);
        if (items == null || !mentionsItem(command, label)) {
            targets.add(new Target(bind(label, data, null), token, arguments(command, data, null)));
            return;
        }
        items.forEach(item -> targets.add(new Target(bind(label, data, item), token, arguments(command, data, item))));
    }

    /** Whether every condition on the way down that depends on the datasource holds. */
    private static boolean shown(List<JsonNode> owners, JsonNode data) {
        for (JsonNode owner : owners) {
            Matcher condition = BOUND.matcher(owner.path("when").asText());
            if (condition.matches() && !truthy(data.path(condition.group(2)))) {
                return false;
            }
        }
        return true;
    }

    /** The list the nearest owner repeats its item for, if any. */
    private static JsonNode items(List<JsonNode> owners, JsonNode data) {
        for (int i = owners.size() - 1; i >= 0; i--) {
            for (String listKey : List.of("data", "listItems")) {
                Matcher list = BOUND.matcher(owners.get(i).path(listKey).asText());
                if (list.matches()) {
                    return data.path(list.group(2));
                }
            }
        }
        return null;
    }

    private static boolean mentionsItem(JsonNode command, String label) {
        return command.toString().contains("${data.") || label.contains("${data.");
    }

    private static List<String> arguments(JsonNode command, JsonNode data, JsonNode item) {
        List<String> arguments = new ArrayList<>();
        command.path("arguments").forEach(argument -> arguments.add(bind(argument.asText(), data, item)));
        return arguments;
    }

    private static String bind(String expression, JsonNode data, JsonNode item) {
        Matcher bound = BOUND.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (bound.find()) {
            JsonNode source = bound.group(1).equals("rg") ? data : item;
            String value = source == null ? "" : source.path(bound.group(2)).asText("");
            bound.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        bound.appendTail(out);
        return out.toString();
    }

    private static boolean truthy(JsonNode value) {
        return !value.isMissingNode() && !value.isNull() && !value.asText("").isEmpty();
    }
}
