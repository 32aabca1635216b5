package org.relapseguide.voice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.understanding.Understander;

/**
 * Everything needed to speak in one locale: its content, its phrases, its SSML renderer, whether this deployment can
 * text (when it cannot, the skill never offers to), and the understanding of free questions, built when one first
 * needs it ({@link Once}).
 */
public record Voice(
        ContentSet content, Speech speech, Ssml ssml, boolean texting, Supplier<Understander> understanding) {

    /** Reads free questions against this voice's content: built on its first use. */
    public Understander understander() {
        return understanding.get();
    }

    /** A fixed phrase as plain text, for a card or a text message. */
    public String text(Phrase phrase, String... namesAndValues) {
        return speech.get(phrase, namesAndValues);
    }

    /** One part of speech as plain text: the phrase with its topics' titles, or the content's words. */
    public String render(Said part) {
        if (part instanceof Said.Answer answer) {
            return topic(answer.topicId()).answer();
        }
        if (part instanceof Said.More more) {
            return topic(more.topicId()).more().get(more.index());
        }
        Said.Phrased phrased = (Said.Phrased) part;
        List<String> namesAndValues = new ArrayList<>();
        phrased.args().forEach((name, value) -> {
            namesAndValues.add(name);
            namesAndValues.add(
                    switch (name) {
                        case Said.TOPIC -> topic(value).title();
                        case Said.TOPICS ->
                            joined(Stream.of(value.split(","))
                                    .map(id -> topic(id).title())
                                    .toList());
                        default -> value;
                    });
        });
        return speech.get(phrased.phrase(), namesAndValues.toArray(String[]::new));
    }

    /** Parts of speech as the SSML body Alexa says. */
    public String ssml(List<Said> parts) {
        return ssml.render(parts.stream().map(this::render).toList());
    }

    /** Says these parts, then listens, asking what the caregiver would like to know if nothing comes. */
    public Reply listen(Said... said) {
        return Reply.ask(List.of(said), Said.phrase(Phrase.WHAT_TO_ASK));
    }

    /** Says this, asks what the caregiver would like to know, and listens. */
    public Reply thenAskWhatToKnow(Said said) {
        return listen(said, Said.phrase(Phrase.WHAT_TO_ASK));
    }

    /**
     * Topics worth suggesting when the skill could not help: the ones closest to what was asked, else the first
     * basics, cause and treatment.
     */
    public Said suggestions(List<Topic> closest) {
        if (!closest.isEmpty()) {
            return Said.phrase(Phrase.SUGGEST, closest);
        }
        List<Topic> firsts = content.topics().stream()
                .filter(t -> t.category() != null)
                .collect(Collectors.toMap(Topic::category, t -> t, (a, b) -> a, LinkedHashMap::new))
                .entrySet()
                .stream()
                .filter(e -> switch (e.getKey()) {
                    case BASICS, CAUSE, TREATMENT -> true;
                    default -> false;
                })
                .map(Map.Entry::getValue)
                .limit(3)
                .toList();
        return firsts.isEmpty() ? Said.phrase(Phrase.WHAT_TO_ASK) : Said.phrase(Phrase.SUGGEST, firsts);
    }

    private Topic topic(String id) {
        return content.topic(id).orElseThrow(() -> new IllegalStateException("No topic " + id + " in the content"));
    }

    /** "A", "A, or B", "A, B, or C", in the locale's words. */
    private String joined(List<String> titles) {
        if (titles.size() == 1) {
            return titles.get(0);
        }
        return speech.get(
                Phrase.LIST_OR,
                "list",
                String.join(", ", titles.subList(0, titles.size() - 1)),
                "last",
                titles.get(titles.size() - 1));
    }
}
