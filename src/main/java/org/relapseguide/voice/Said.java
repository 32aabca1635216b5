package org.relapseguide.voice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;

/**
 * One part of what the skill says, by reference to the skill's own words: a fixed phrase (with the topics or digits
 * it names), a topic's answer, or one of its follow-ups. The session carries these references, never speech, so
 * Repeat says again only what the skill itself wrote, rendered afresh from its phrases and content; a reference that
 * names anything the skill does not have is dropped, not spoken.
 */
public sealed interface Said {
    /** At most this many parts are remembered for Repeat; no reply has more. */
    int MAX_PARTS = 8;

    /** A fixed phrase, with the topic ids ({@code topic}, {@code topics}) or the last two digits it names. */
    record Phrased(Phrase phrase, Map<String, String> args) implements Said {
        public Phrased {
            args = Map.copyOf(args);
        }
    }

    /** A topic's spoken answer. */
    record Answer(String topicId) implements Said {}

    /** A topic's follow-up. */
    record More(String topicId, int index) implements Said {}

    static Said phrase(Phrase phrase) {
        return new Phrased(phrase, Map.of());
    }

    /** A phrase that names a topic (by its title when spoken). */
    static Said phrase(Phrase phrase, Topic topic) {
        return new Phrased(phrase, Map.of(TOPIC, topic.id()));
    }

    /** A phrase that names several topics ("You could ask about A, or B"). */
    static Said phrase(Phrase phrase, List<Topic> topics) {
        return new Phrased(
                phrase,
                Map.of(TOPICS, String.join(",", topics.stream().map(Topic::id).toList())));
    }

    /** "I've texted the details on TOPIC to your phone ending in DIGITS." */
    static Said textSent(Topic topic, String lastTwoDigits) {
        return new Phrased(Phrase.TEXT_SENT, Map.of(TOPIC, topic.id(), DIGITS, lastTwoDigits));
    }

    static Said answer(Topic topic) {
        return new Answer(topic.id());
    }

    static Said more(Topic topic, int index) {
        return new More(topic.id(), index);
    }

    String TOPIC = "topic";
    String TOPICS = "topics";
    String DIGITS = "digits";

    /** The session form of some parts, e.g. {@code a:car_t;p:OFFER_MORE_OR_TEXT}. */
    static String encode(List<Said> parts) {
        List<String> encoded = new ArrayList<>();
        for (Said part : parts) {
            if (part instanceof Answer a) {
                encoded.add("a:" + a.topicId());
            } else if (part instanceof More m) {
                encoded.add("m:" + m.topicId() + ":" + m.index());
            } else if (part instanceof Phrased p) {
                encoded.add("p:" + p.phrase().name() + args(p.args()));
            }
        }
        return String.join(";", encoded);
    }

    private static String args(Map<String, String> args) {
        StringBuilder out = new StringBuilder();
        args.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(':').append(e.getKey()).append('=').append(e.getValue()));
        return out.toString();
    }

    /**
     * The parts a session form names, if every one is a reference to this content and these phrases; empty when any
     * is not (forged, corrupted, or of content since replaced), so nothing of it is spoken.
     */
    static Optional<List<Said>> decode(String form, ContentSet content) {
        if (form == null || form.isBlank() || form.length() > 1000) {
            return Optional.empty();
        }
        String[] pieces = form.split(";", -1);
        if (pieces.length > MAX_PARTS) {
            return Optional.empty();
        }
        List<Said> parts = new ArrayList<>();
        for (String piece : pieces) {
            Optional<Said> part = decodeOne(piece, content);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            parts.add(part.get());
        }
        return Optional.of(List.copyOf(parts));
    }

    private static Optional<Said> decodeOne(String piece, ContentSet content) {
        String[] fields = piece.split(":", -1);
        if (fields.length < 2) {
            return Optional.empty();
        }
        switch (fields[0]) {
            case "a":
                return fields.length == 2 && content.topic(fields[1]).isPresent()
                        ? Optional.of(new Answer(fields[1]))
                        : Optional.empty();
            case "m":
                if (fields.length != 3 || !Codec.INDEX.matcher(fields[2]).matches()) {
                    return Optional.empty();
                }
                int index = Integer.parseInt(fields[2]);
                return content.topic(fields[1])
                        .filter(t -> index < t.more().size())
                        .map(t -> new More(t.id(), index));
            case "p":
                Optional<Phrase> phrase = Codec.phrase(fields[1]);
                if (phrase.isEmpty()) {
                    return Optional.empty();
                }
                Set<String> named = Codec.ARGS.getOrDefault(phrase.get(), Set.of());
                if (fields.length - 2 != named.size() || !named.equals(argNames(fields))) {
                    return Optional.empty();
                }
                Map<String, String> args = new LinkedHashMap<>();
                for (int i = 2; i < fields.length; i++) {
                    int equals = fields[i].indexOf('=');
                    if (equals < 0) {
                        return Optional.empty();
                    }
                    String name = fields[i].substring(0, equals);
                    String value = fields[i].substring(equals + 1);
                    if (!Codec.valid(name, value, content)) {
                        return Optional.empty();
                    }
                    args.put(name, value);
                }
                return Optional.of(new Phrased(phrase.get(), args));
            default:
                return Optional.empty();
        }
    }

    private static Set<String> argNames(String[] fields) {
        Set<String> names = new HashSet<>();
        for (int i = 2; i < fields.length; i++) {
            names.add(fields[i].substring(0, Math.max(0, fields[i].indexOf('='))));
        }
        return names;
    }

    /** What a session form may hold, checked part by part. */
    final class Codec {
        static final Pattern INDEX = Pattern.compile("[0-9]");
        private static final Pattern DIGITS_VALUE = Pattern.compile("[0-9]{2}");
        /**
         * The values each phrase names, exactly: a phrase given fewer would be spoken with its placeholder, one given
         * more was not written by the skill. Phrases not listed name none; those naming other values than a session
         * carries (a card's source, say) are never carried.
         */
        static final Map<Phrase, Set<String>> ARGS = Map.ofEntries(
                Map.entry(Phrase.RESUME_OFFER, Set.of(TOPIC)),
                Map.entry(Phrase.NO_MORE, Set.of(TOPIC)),
                Map.entry(Phrase.CLARIFY, Set.of(TOPIC)),
                Map.entry(Phrase.CLARIFY_NEXT, Set.of(TOPIC)),
                Map.entry(Phrase.SUGGEST, Set.of(TOPICS)),
                Map.entry(Phrase.TEXT_SENT, Set.of(TOPIC, DIGITS)),
                Map.entry(Phrase.LIST_OR, Set.of("list", "last")),
                Map.entry(Phrase.CARD_SOURCE, Set.of("title", "url")),
                Map.entry(Phrase.CARD_REVIEWED, Set.of("by", "date")),
                Map.entry(Phrase.CARD_NOT_REVIEWED, Set.of("date")),
                Map.entry(Phrase.SCREEN_SOURCE, Set.of("title")));

        private Codec() {}

        static Optional<Phrase> phrase(String name) {
            for (Phrase phrase : Phrase.values()) {
                if (phrase.name().equals(name)) {
                    return Optional.of(phrase);
                }
            }
            return Optional.empty();
        }

        static boolean valid(String name, String value, ContentSet content) {
            return switch (name) {
                case TOPIC -> content.topic(value).isPresent();
                case TOPICS ->
                    !value.isEmpty()
                            && value.split(",").length <= 3
                            && List.of(value.split(",")).stream()
                                    .allMatch(id -> content.topic(id).isPresent());
                case DIGITS -> DIGITS_VALUE.matcher(value).matches();
                default -> false;
            };
        }
    }
}
