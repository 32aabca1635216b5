package org.relapseguide.content;

import java.util.List;

/** Words a caregiver might use for a sign that needs help now; any of them gets the emergency answer first. */
public record EmergencySign(String id, String name, List<String> synonyms) {
    public EmergencySign {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
