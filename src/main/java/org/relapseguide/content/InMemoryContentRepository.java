package org.relapseguide.content;

import java.util.Map;

/** Content held in memory: the file bundled in the jar locally, or a fixed set in tests. */
public final class InMemoryContentRepository implements ContentRepository {
    private final Map<String, ContentSet> byLocale;
    private final ContentSet fallback;

    public InMemoryContentRepository(ContentSet content) {
        this.byLocale = Map.of(content.locale(), content);
        this.fallback = content;
    }

    /** Loads the content bundled in the jar for the default locale. */
    public static InMemoryContentRepository bundled() {
        return new InMemoryContentRepository(ContentFile.bundled(Locales.DEFAULT));
    }

    @Override
    public ContentSet content(String locale) {
        return locale == null ? fallback : byLocale.getOrDefault(locale, fallback);
    }
}
