package org.relapseguide.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the skill says about relapsed B-ALL in one locale, at one content version, with fast lookups. */
public final class ContentSet {
    private final String locale;
    private final String version;
    private final List<Topic> topics;
    private final List<Source> sources;
    private final List<Pronunciation> pronunciations;
    private final List<EmergencySign> emergencySigns;
    private final Map<String, Topic> byId = new LinkedHashMap<>();
    private final Map<String, Topic> byName = new LinkedHashMap<>();
    private final Map<String, Source> sourcesById = new LinkedHashMap<>();

    public ContentSet(
            String locale,
            String version,
            List<Topic> topics,
            List<Source> sources,
            List<Pronunciation> pronunciations,
            List<EmergencySign> emergencySigns) {
        this.locale = locale;
        this.version = version;
        this.topics = List.copyOf(topics);
        this.sources = List.copyOf(sources);
        this.pronunciations = List.copyOf(pronunciations);
        this.emergencySigns = List.copyOf(emergencySigns);
        for (Source source : this.sources) {
            sourcesById.put(source.id(), source);
        }
        for (Topic topic : this.topics) {
            byId.put(topic.id(), topic);
            byName.putIfAbsent(Words.key(topic.title()), topic);
            for (String synonym : topic.synonyms()) {
                byName.putIfAbsent(Words.key(synonym), topic);
            }
        }
    }

    public String locale() {
        return locale;
    }

    public String version() {
        return version;
    }

    public List<Topic> topics() {
        return topics;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Pronunciation> pronunciations() {
        return pronunciations;
    }

    public List<EmergencySign> emergencySigns() {
        return emergencySigns;
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Finds the topic a caregiver named, by its title or any synonym, ignoring case and punctuation. */
    public Optional<Topic> topicNamed(String spoken) {
        return Optional.ofNullable(spoken == null ? null : byName.get(Words.key(spoken)));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** The source whose link goes into the text message and onto the card: the topic's first. */
    public Optional<Source> primarySource(Topic topic) {
        return topic.sources().stream()
                .map(sourcesById::get)
                .filter(s -> s != null)
                .findFirst();
    }
}
