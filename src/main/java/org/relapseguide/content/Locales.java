package org.relapseguide.content;

/** The locales the skill speaks, by the tags Alexa sends in {@code request.locale}. */
public final class Locales {
    /** What the skill answers in when a request names no locale, or one it has no content for. */
    public static final String DEFAULT = "en-US";

    private Locales() {}
}
