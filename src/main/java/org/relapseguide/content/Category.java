package org.relapseguide.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of question a topic answers; the content file spells these in lower snake case. */
public enum Category {
    BASICS,
    CAUSE,
    TREATMENT,
    SIDE_EFFECT,
    OUTLOOK,
    SUPPORT,
    GLOSSARY,
    SAFETY;

    @JsonValue
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Category fromFileName(String value) {
        return valueOf(value.trim().replace(' ', '_').toUpperCase(Locale.ROOT));
    }
}
