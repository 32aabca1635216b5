package org.relapseguide.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Content held in memory: the file bundled in the jar locally, or a fixed set in tests. */
public final class InMemoryContentRepository implements ContentRepository {
    private final Map<String, ContentSet> byLocale = new ConcurrentHashMap<>();
    private final ContentSet fallback;
    /** Reads another supported locale's content the first time it is asked for; null for a fixed set. */
    private final Function<String, ContentSet> loader;

    public InMemoryContentRepository(ContentSet content) {
        this(content, null);
    }

    private InMemoryContentRepository(ContentSet fallback, Function<String, ContentSet> loader) {
        this.byLocale.put(fallback.locale(), fallback);
        this.fallback = fallback;
        this.loader = loader;
    }

    /**
     * The content bundled in the jar for every supported locale; the default answers any other. Only the default
     * locale's file is read at once: a cold start answering in English does not parse the Spanish file.
     */
    public static InMemoryContentRepository bundled() {
        return new InMemoryContentRepository(ContentFile.bundled(Locales.DEFAULT), ContentFile::bundled);
    }

    @Override
    public ContentSet content(String locale) {
        if (locale == null) {
            return fallback;
        }
        ContentSet held = byLocale.get(locale);
        if (held != null) {
            return held;
        }
        if (loader == null || !Locales.SUPPORTED.contains(locale)) {
            return fallback;
        }
        return byLocale.computeIfAbsent(locale, loader);
    }
}
