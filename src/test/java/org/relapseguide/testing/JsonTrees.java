package org.relapseguide.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** JSON trees compared for content: Amazon's model classes write an empty list or object where the file had none. */
public final class JsonTrees {
    private JsonTrees() {}

    /** A copy without any field whose value is an empty array or object, at any depth. */
    public static JsonNode withoutEmpty(JsonNode node) {
        JsonNode copy = node.deepCopy();
        prune(copy);
        return copy;
    }

    private static void prune(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> empty = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                prune(field.getValue());
                if (field.getValue().isContainerNode() && field.getValue().isEmpty()) {
                    empty.add(field.getKey());
                }
            });
            object.remove(empty);
        } else if (node instanceof ArrayNode array) {
            array.forEach(JsonTrees::prune);
        }
    }
}
