package org.relapseguide.screen;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The APL documents, read once from the jar on the first screen request (SnapStart priming sends some, so a snapshot
 * holds them parsed) and sent inline, as they are, with every screen: their words all come from the datasources.
 */
final class Documents {
    private static final String DIRECTORY = "apl/";

    private final Map<View, Map<String, Object>> byView;
    private final ApiVersion version;

    private Documents(Map<View, Map<String, Object>> byView) {
        this.byView = byView;
        this.version = byView.values().stream()
                .map(document -> ApiVersion.parse(String.valueOf(document.get("version")))
                        .orElseThrow(() -> new IllegalStateException("An APL document has no valid version")))
                .max(ApiVersion::compareTo)
                .orElseThrow();
    }

    /** Reads every view's document from the jar, failing fast on one that is missing or unreadable. */
    static Documents bundled() {
        ObjectMapper mapper = new ObjectMapper();
        Map<View, Map<String, Object>> byView = new EnumMap<>(View.class);
        for (View view : View.values()) {
            String resource = DIRECTORY + view.token() + ".json";
            try (InputStream in = Documents.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No APL document at " + resource);
                }
                byView.put(view, frozen(mapper.readValue(in, new TypeReference<Map<String, Object>>() {})));
            } catch (IOException e) {
                throw new UncheckedIOException("APL document " + resource + " is unreadable", e);
            }
        }
        return new Documents(byView);
    }

    Map<String, Object> of(View view) {
        return byView.get(view);
    }

    /** The newest APL version any document declares: a device must render at least this one. */
    ApiVersion version() {
        return version;
    }

    /** The same tree, read-only all the way down: one document is shared by every response. */
    @SuppressWarnings("unchecked")
    private static <T> T frozen(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), frozen(value)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(value -> copy.add(frozen(value)));
            return (T) Collections.unmodifiableList(copy);
        }
        return node;
    }
}
