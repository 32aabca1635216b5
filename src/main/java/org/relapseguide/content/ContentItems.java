package org.relapseguide.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How content is laid out in the content table, item by item. Partition key {@code locale}, sort key
 * {@code topicId}, qualified by the content version:
 * <ul>
 *   <li>{@code topicId = @active}: the pointer to the version the skill serves ({@code version}, {@code digest},
 *       and the {@code previous} version, kept until the next load); flipping it is one single-item write, so
 *       readers never see half a version;</li>
 *   <li>{@code topicId = <version>#@meta}: that version's sources, pronunciations and emergency signs;</li>
 *   <li>{@code topicId = <version>#<topic id>}: one topic, one attribute per field, and its {@code position} in
 *       the file.</li>
 * </ul>
 */
public final class ContentItems {
    /** The partition key: the Alexa locale, such as {@code en-US}. */
    public static final String LOCALE = "locale";
    /** The sort key: a topic id (or {@code @meta}) after its version, or {@code @active}. */
    public static final String TOPIC_ID = "topicId";

    public static final String ACTIVE = "@active";
    /** The name of a version's meta item; topic ids are lower snake case, so it cannot clash with one. */
    public static final String META = "@meta";

    private static final String VERSION_SEPARATOR = "#";
    static final String VERSION = "version";
    static final String DIGEST = "digest";
    static final String PREVIOUS = "previous";
    /** A topic's place in the file, so suggestions and lists keep the order clinicians gave them. */
    static final String POSITION = "position";

    private ContentItems() {}

    /** A topic or meta item that cannot be turned back into content; the message names the item and the field. */
    public static final class MalformedItemException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedItemException(String message) {
            super(message);
        }
    }

    /** What every sort key of one version starts with. */
    public static String versionPrefix(String version) {
        return version + VERSION_SEPARATOR;
    }

    /** The key of an item of a version: a topic id, or {@link #META}. */
    public static Map<String, AttributeValue> key(String locale, String version, String name) {
        return key(locale, versionPrefix(version) + name);
    }

    public static Map<String, AttributeValue> key(String locale, String sortKey) {
        return Map.of(LOCALE, AttributeValue.fromS(locale), TOPIC_ID, AttributeValue.fromS(sortKey));
    }

    /** @param previous the version this one replaces, kept in the table until the next load, or null */
    public static Map<String, AttributeValue> pointer(String locale, String version, String digest, String previous) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(locale, ACTIVE));
        item.put(VERSION, AttributeValue.fromS(version));
        item.put(DIGEST, AttributeValue.fromS(digest));
        if (previous != null) {
            item.put(PREVIOUS, AttributeValue.fromS(previous));
        }
        return item;
    }

    /** Every item of one version of the content, meta first, by name within the version (topic id or meta). */
    public static Map<String, Map<String, AttributeValue>> items(ContentSet content) {
        Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        Map<String, AttributeValue> meta = new LinkedHashMap<>(key(content.locale(), content.version(), META));
        meta.put("sources", list(content.sources(), s -> map("id", s.id(), "title", s.title(), "url", s.url())));
        meta.put("pronunciations", list(content.pronunciations(), p -> map("term", p.term(), "alias", p.alias())));
        meta.put("emergencySigns", list(content.emergencySigns(), e -> {
            Map<String, AttributeValue> sign = new LinkedHashMap<>();
            sign.put("id", AttributeValue.fromS(e.id()));
            sign.put("name", AttributeValue.fromS(e.name()));
            sign.put("synonyms", strings(e.synonyms()));
            return AttributeValue.fromM(sign);
        }));
        items.put(META, meta);
        for (int i = 0; i < content.topics().size(); i++) {
            Topic topic = content.topics().get(i);
            items.put(topic.id(), topicItem(content.locale(), content.version(), topic, i));
        }
        return items;
    }

    static Map<String, AttributeValue> topicItem(String locale, String version, Topic topic, int position) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(locale, version, topic.id()));
        item.put("id", AttributeValue.fromS(topic.id()));
        item.put("title", AttributeValue.fromS(topic.title()));
        item.put("category", AttributeValue.fromS(topic.category().fileName()));
        item.put("answer", AttributeValue.fromS(topic.answer()));
        item.put("more", strings(topic.more()));
        item.put("text", AttributeValue.fromS(topic.text()));
        item.put("synonyms", strings(topic.synonyms()));
        item.put("sources", strings(topic.sources()));
        item.put("written", AttributeValue.fromS(topic.written().toString()));
        if (topic.review() != null) {
            item.put(
                    "review",
                    AttributeValue.fromM(Map.of(
                            "by", AttributeValue.fromS(topic.review().by()),
                            "date", AttributeValue.fromS(topic.review().date().toString()),
                            "signed", AttributeValue.fromS(topic.review().signed()))));
        }
        putIfAny(item, "questions", topic.questions());
        putIfAny(item, "aliases", topic.aliases());
        putIfAny(item, "related", topic.related());
        if (topic.next() != null) {
            item.put("next", AttributeValue.fromS(topic.next()));
        }
        item.put(POSITION, AttributeValue.fromN(Integer.toString(position)));
        return item;
    }

    /**
     * The topic an item holds; throws {@link MalformedItemException} naming the item when a field is unusable, or
     * when the topic breaks a rule of {@link TopicShape#check} (an answer too long to say, say), so the
     * skill never speaks it.
     *
     * @param name the item's name within its version: the topic id its key says
     * @param measures the limits of the version's locale
     */
    public static Topic topic(String name, Map<String, AttributeValue> item, ContentMeasures measures) {
        String where = "topic " + name;
        try {
            Topic topic = new Topic(
                    text(item, "id"),
                    text(item, "title"),
                    Category.fromFileName(text(item, "category")),
                    text(item, "answer"),
                    strings(item, "more"),
                    text(item, "text"),
                    strings(item, "synonyms"),
                    strings(item, "sources"),
                    LocalDate.parse(text(item, "written")),
                    review(item),
                    optionalStrings(item, "questions"),
                    optionalStrings(item, "aliases"),
                    optionalStrings(item, "related"),
                    item.containsKey("next") ? text(item, "next") : null);
            if (!name.equals(topic.id())) {
                throw new MalformedItemException("id " + topic.id() + " does not match its key");
            }
            List<Finding> problems = TopicShape.check(topic, measures);
            if (!problems.isEmpty()) {
                throw new MalformedItemException(
                        problems.stream().map(Finding::message).collect(Collectors.joining("; ")));
            }
            return topic;
        } catch (MalformedItemException | IllegalArgumentException | DateTimeException e) {
            throw new MalformedItemException(where + ": " + e.getMessage());
        }
    }

    private static void putIfAny(Map<String, AttributeValue> item, String name, List<String> values) {
        if (!values.isEmpty()) {
            item.put(name, strings(values));
        }
    }

    private static List<String> optionalStrings(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? strings(item, name) : List.of();
    }

    /** The sign-off an item carries, or null; one that is there but unreadable makes the item malformed. */
    private static Review review(Map<String, AttributeValue> item) {
        AttributeValue review = item.get("review");
        if (review == null) {
            return null;
        }
        if (!review.hasM()) {
            throw new MalformedItemException("review is not a map");
        }
        Map<String, AttributeValue> fields = review.m();
        return new Review(text(fields, "by"), LocalDate.parse(text(fields, "date")), text(fields, "signed"));
    }

    /** A topic item's place in the file; an item without one goes last. */
    public static int position(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(POSITION);
        try {
            return value == null || value.n() == null ? Integer.MAX_VALUE : Integer.parseInt(value.n());
        } catch (NumberFormatException unreadable) {
            return Integer.MAX_VALUE;
        }
    }

    /** Builds the content of one version from its meta item and its topic items. */
    public static ContentSet content(
            String locale, String version, Map<String, AttributeValue> meta, List<Topic> topics) {
        try {
            List<Source> sources = maps(meta, "sources").stream()
                    .map(m -> new Source(text(m, "id"), text(m, "title"), text(m, "url")))
                    .toList();
            List<Pronunciation> pronunciations = maps(meta, "pronunciations").stream()
                    .map(m -> new Pronunciation(text(m, "term"), text(m, "alias")))
                    .toList();
            List<EmergencySign> signs = maps(meta, "emergencySigns").stream()
                    .map(m -> new EmergencySign(text(m, "id"), text(m, "name"), strings(m, "synonyms")))
                    .toList();
            return new ContentSet(locale, version, topics, sources, pronunciations, signs);
        } catch (MalformedItemException e) {
            throw new MalformedItemException(META + ": " + e.getMessage());
        }
    }

    private static AttributeValue map(String... namesAndValues) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], AttributeValue.fromS(namesAndValues[i + 1]));
        }
        return AttributeValue.fromM(map);
    }

    private static <T> AttributeValue list(List<T> values, Function<T, AttributeValue> each) {
        return AttributeValue.fromL(values.stream().map(each).toList());
    }

    private static AttributeValue strings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null || value.s().isBlank()) {
            throw new MalformedItemException(name + " is missing or not a string");
        }
        return value.s();
    }

    private static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasL()) {
            throw new MalformedItemException(name + " is missing or not a list");
        }
        List<String> out = new ArrayList<>(value.l().size());
        for (AttributeValue element : value.l()) {
            if (element.s() == null) {
                throw new MalformedItemException(name + " holds something other than text");
            }
            out.add(element.s());
        }
        return out;
    }

    private static List<Map<String, AttributeValue>> maps(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasL()) {
            throw new MalformedItemException(name + " is missing or not a list");
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>(value.l().size());
        for (AttributeValue element : value.l()) {
            if (!element.hasM()) {
                throw new MalformedItemException(name + " holds something other than a map");
            }
            out.add(element.m());
        }
        return out;
    }
}
