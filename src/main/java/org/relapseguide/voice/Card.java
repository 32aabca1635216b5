package org.relapseguide.voice;

import java.util.List;

/**
 * A card for the Alexa app: a title and plain text, or, when {@code permissions} is not empty, the card that asks
 * the caregiver to grant those permissions.
 */
public record Card(String title, String text, List<String> permissions) {

    public Card {
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
    }

    public Card(String title, String text) {
        this(title, text, List.of());
    }

    public static Card askingFor(List<String> permissions) {
        return new Card(null, null, permissions);
    }
}
