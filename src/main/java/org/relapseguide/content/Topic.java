package org.relapseguide.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One question the skill can answer: a short spoken answer, up to two follow-ups, the text-message body,
 * the words a caregiver may use for it, the sources it is written from and when a clinician last reviewed it.
 */
public record Topic(
        String id,
        String title,
        Category category,
        String answer,
        List<String> more,
        String text,
        List<String> synonyms,
        List<String> sources,
        LocalDate reviewed) {

    public Topic {
        more = more == null ? List.of() : List.copyOf(more);
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The name a caregiver says for this topic, and the slot value the interaction model uses for it. */
    public String spokenName() {
        return synonyms.isEmpty() ? title : synonyms.get(0);
    }
}
