package org.relapseguide.content;

import java.util.List;

/** The locales the skill speaks, by the tags Alexa sends in {@code request.locale}. */
public final class Locales {
    /** What the skill answers in when a request names no locale, or one it has no content for. */
    public static final String DEFAULT = "en-US";

    /** Every locale the skill has content, phrases, an interaction model and language resources for. */
    public static final List<String> SUPPORTED = List.of(DEFAULT, "es-US");

    private Locales() {}
}
