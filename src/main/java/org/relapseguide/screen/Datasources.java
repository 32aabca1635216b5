package org.relapseguide.screen;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.Voice;

/**
 * The words each screen shows, as the datasource its document binds ({@code rg}): all of them the skill's own, from
 * its content and its phrases in the request's locale, never from what a request carried. APL text is markup, so
 * every word is escaped here.
 */
final class Datasources {
    /** The one parameter of every document's main template. */
    static final String PARAMETER = "rg";

    /** The example questions on the welcome screen, and the topic each one asks. */
    private static final Map<Phrase, String> EXAMPLES = examples();

    private static final Map<Category, Phrase> CATEGORY_LABELS = categoryLabels();

    private Datasources() {}

    /**
     * An answer or a follow-up: the topic's title and exactly the words just spoken, its source and review, and a
     * button for each thing the caregiver could say next.
     *
     * @param next the follow-up "Tell me more" would say; no button when the topic has no such follow-up
     */
    static Map<String, Object> answer(Voice voice, Topic topic, String spoken, int next) {
        Map<String, Object> data = heading(voice, topic);
        data.put("text", markup(spoken));
        data.put("topicId", topic.id());
        voice.content()
                .primarySource(topic)
                .ifPresent(source ->
                        data.put("source", markup(voice.text(Phrase.SCREEN_SOURCE, "title", source.title()))));
        data.put("reviewed", markup(TopicReplies.reviewed(voice, topic)));
        if (next >= 0 && next < topic.more().size()) {
            data.put("moreLabel", markup(voice.text(Phrase.SCREEN_MORE)));
            data.put("next", String.valueOf(next));
        }
        if (voice.texting()) {
            data.put("textLabel", markup(voice.text(Phrase.SCREEN_TEXT)));
        }
        data.put("topicsLabel", markup(voice.text(Phrase.SCREEN_OTHER_TOPICS)));
        return data;
    }

    /** What happened to a text, in the words just spoken, shown on the answer's screen. */
    static Map<String, Object> outcome(Voice voice, Optional<Topic> topic, String spoken) {
        Map<String, Object> data = topic.map(t -> heading(voice, t)).orElseGet(() -> heading(voice, null));
        data.put("text", markup(spoken));
        data.put("topicsLabel", markup(voice.text(Phrase.SCREEN_OTHER_TOPICS)));
        return data;
    }

    /** Welcome, help or start over: what was just said, the disclaimer, and example questions to touch. */
    static Map<String, Object> welcome(Voice voice, String spoken) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", markup(voice.text(Phrase.SKILL_NAME)));
        data.put("intro", markup(spoken));
        data.put("disclaimer", markup(voice.text(Phrase.DISCLAIMER)));
        data.put("itemsLabel", markup(voice.text(Phrase.SCREEN_TRY_ASKING)));
        data.put(
                "items",
                EXAMPLES.entrySet().stream()
                        .filter(example ->
                                voice.content().topic(example.getValue()).isPresent())
                        .map(example -> item(example.getValue(), voice.text(example.getKey())))
                        .toList());
        data.put("topicsLabel", markup(voice.text(Phrase.SCREEN_ALL_TOPICS)));
        return data;
    }

    /** The categories the content has topics in. */
    static Map<String, Object> topics(Voice voice) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", markup(voice.text(Phrase.SCREEN_TOPICS_TITLE)));
        data.put("subtitle", markup(voice.text(Phrase.SKILL_NAME)));
        data.put(
                "items",
                browsable(voice.content()).stream()
                        .map(category -> item(category.fileName(), voice.text(CATEGORY_LABELS.get(category))))
                        .toList());
        return data;
    }

    /** One category's topics, by title. */
    static Map<String, Object> category(Voice voice, Category category) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", markup(voice.text(CATEGORY_LABELS.get(category))));
        data.put("subtitle", markup(voice.text(Phrase.SKILL_NAME)));
        data.put("backLabel", markup(voice.text(Phrase.SCREEN_BACK)));
        data.put(
                "items",
                voice.content().topics().stream()
                        .filter(topic -> topic.category() == category)
                        .map(topic -> item(topic.id(), topic.title()))
                        .toList());
        return data;
    }

    /** "Call your care team or emergency services now", the number to call, and what to tell them. */
    static Map<String, Object> emergency(Voice voice) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lead", markup(voice.text(Phrase.EMERGENCY_LEAD)));
        data.put("number", markup(voice.text(Phrase.SCREEN_EMERGENCY_NUMBER)));
        data.put("followUp", markup(voice.text(Phrase.EMERGENCY_FOLLOW_UP)));
        return data;
    }

    /**
     * The categories a caregiver can browse: every one the content has topics in, but safety, whose one topic the
     * skill says on its own when it hears an emergency.
     */
    static List<Category> browsable(ContentSet content) {
        return Arrays.stream(Category.values())
                .filter(CATEGORY_LABELS::containsKey)
                .filter(category -> content.topics().stream().anyMatch(topic -> topic.category() == category))
                .toList();
    }

    /** APL's Text component reads its text as markup: the skill's words are shown as written. */
    static String markup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The skill's name over the topic's category, then the topic's title; the skill's name alone without a topic. */
    private static Map<String, Object> heading(Voice voice, Topic topic) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("header", markup(voice.text(Phrase.SKILL_NAME)));
        if (topic != null && CATEGORY_LABELS.containsKey(topic.category())) {
            data.put("category", markup(voice.text(CATEGORY_LABELS.get(topic.category()))));
        }
        if (topic != null) {
            data.put("title", markup(topic.title()));
        }
        return data;
    }

    private static Map<String, Object> item(String id, String text) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("primaryText", markup(text));
        return item;
    }

    private static Map<Phrase, String> examples() {
        Map<Phrase, String> examples = new EnumMap<>(Phrase.class);
        examples.put(Phrase.SCREEN_EXAMPLE_WHY_RELAPSE, "why_relapse");
        examples.put(Phrase.SCREEN_EXAMPLE_CAR_T, "car_t");
        examples.put(Phrase.SCREEN_EXAMPLE_MRD, "mrd");
        return examples;
    }

    private static Map<Category, Phrase> categoryLabels() {
        Map<Category, Phrase> labels = new EnumMap<>(Category.class);
        labels.put(Category.BASICS, Phrase.SCREEN_CATEGORY_BASICS);
        labels.put(Category.CAUSE, Phrase.SCREEN_CATEGORY_CAUSE);
        labels.put(Category.TREATMENT, Phrase.SCREEN_CATEGORY_TREATMENT);
        labels.put(Category.SIDE_EFFECT, Phrase.SCREEN_CATEGORY_SIDE_EFFECT);
        labels.put(Category.OUTLOOK, Phrase.SCREEN_CATEGORY_OUTLOOK);
        labels.put(Category.SUPPORT, Phrase.SCREEN_CATEGORY_SUPPORT);
        labels.put(Category.GLOSSARY, Phrase.SCREEN_CATEGORY_GLOSSARY);
        return labels;
    }
}
