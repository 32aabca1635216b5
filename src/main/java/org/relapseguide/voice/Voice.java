package org.relapseguide.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;

/**
 * Everything needed to speak in one locale: its content, its phrases, its SSML renderer, and whether this deployment
 * can text (when it cannot, the skill never offers to).
 */
public record Voice(ContentSet content, Speech speech, Ssml ssml, boolean texting) {

    public String say(Phrase phrase, String... namesAndValues) {
        return speech.get(phrase, namesAndValues);
    }

    public String render(List<String> parts) {
        return ssml.render(parts);
    }

    /** Says these parts, then listens, asking what the caregiver would like to know if nothing comes. */
    public Reply listen(String... said) {
        return Reply.ask(List.of(said), say(Phrase.WHAT_TO_ASK));
    }

    /** Says this, asks what the caregiver would like to know, and listens. */
    public Reply thenAskWhatToKnow(String said) {
        return listen(said, say(Phrase.WHAT_TO_ASK));
    }

    /** Two or three topics worth suggesting when the skill could not help: the first basics, cause and treatment. */
    public String suggestions() {
        List<String> titles = content.topics().stream()
                .filter(t -> t.category() != null)
                .collect(Collectors.toMap(Topic::category, Topic::title, (a, b) -> a, LinkedHashMap::new))
                .entrySet()
                .stream()
                .filter(e -> switch (e.getKey()) {
                    case BASICS, CAUSE, TREATMENT -> true;
                    default -> false;
                })
                .map(Map.Entry::getValue)
                .limit(3)
                .toList();
        if (titles.isEmpty()) {
            return say(Phrase.WHAT_TO_ASK);
        }
        String joined = titles.size() == 1
                ? titles.get(0)
                : String.join(", ", titles.subList(0, titles.size() - 1)) + ", or " + titles.get(titles.size() - 1);
        return say(Phrase.SUGGEST, "suggestions", joined);
    }
}
