package org.relapseguide.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** Content held in memory: the file bundled in the jar locally, or a fixed set in tests. */
public final class InMemoryContentRepository implements ContentRepository {
    private final Map<String, ContentSet> byLocale;
    private final ContentSet fallback;

    public InMemoryContentRepository(ContentSet content) {
        this.byLocale = Map.of(content.locale(), content);
        this.fallback = content;
    }

    private InMemoryContentRepository(Map<String, ContentSet> byLocale, ContentSet fallback) {
        this.byLocale = Map.copyOf(byLocale);
        this.fallback = fallback;
    }

    /** Loads the content bundled in the jar for every supported locale; the default answers any other. */
    public static InMemoryContentRepository bundled() {
        Map<String, ContentSet> byLocale = new LinkedHashMap<>();
        for (String locale : Locales.SUPPORTED) {
            byLocale.put(locale, ContentFile.bundled(locale));
        }
        return new InMemoryContentRepository(byLocale, byLocale.get(Locales.DEFAULT));
    }

    @Override
    public ContentSet content(String locale) {
        return locale == null ? fallback : byLocale.getOrDefault(locale, fallback);
    }
}
