package org.relapseguide.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.relapseguide.alexa.Envelopes.Slot;
import org.relapseguide.content.Category;
import org.relapseguide.content.Topic;
import org.relapseguide.local.TouchTargets;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.Voice;

/**
 * Every screen of every locale, checked against what its document can show: each word fits the field it goes in
 * (nothing is cut to fit: the fields are sized for the content), every field is one its document binds, every word
 * is the skill's own, every button sends a touch the skill answers with an intent the model has, and every response
 * with its screen stays well inside Alexa's 24 KB.
 */
class EveryScreenTest {
    /** "Well inside" 24 KB, read strictly as 24,000 bytes: half of it. */
    static final int RESPONSE_BUDGET = 12_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern BINDING = Pattern.compile("\\$\\{[^}]*?\\brg\\.(\\w+)");
    private static final Pattern UNESCAPED = Pattern.compile("<|>|&(?!(amp|lt|gt);)");

    /**
     * What each field can hold, in characters. One-line fields (the header, buttons, list rows) are sized for the
     * smallest screen, the 480 dp round Echo Spot; fields that wrap inside a scroll view only keep responses small.
     */
    private static final Map<String, Map<String, Integer>> FITS = Map.of(
            "answer",
            Map.ofEntries(
                    Map.entry("header", 30),
                    Map.entry("category", 30),
                    Map.entry("title", 80),
                    Map.entry("text", 700),
                    Map.entry("topicId", 40),
                    Map.entry("source", 200),
                    Map.entry("reviewed", 200),
                    Map.entry("moreLabel", 28),
                    Map.entry("next", 1),
                    Map.entry("textLabel", 28),
                    Map.entry("topicsLabel", 28)),
            "welcome",
            Map.of(
                    "title", 30,
                    "intro", 300,
                    "disclaimer", 200,
                    "itemsLabel", 40,
                    "items", 6,
                    "topicsLabel", 28),
            "topics",
            Map.of("title", 30, "subtitle", 30, "items", 8),
            "category",
            Map.of("title", 30, "subtitle", 30, "backLabel", 40, "items", 20),
            "emergency",
            Map.of("lead", 80, "number", 6, "followUp", 160));

    /** A list row's text: AlexaTextListItem's primary text, two lines at most on the smallest screen. */
    private static final int LIST_ROW = 60;

    private static List<ScreenCatalog.Shown> every;

    @BeforeAll
    static void buildEveryScreen() {
        every = ScreenCatalog.every();
    }

    @Test
    void every_locale_with_content_has_every_screen() {
        assertThat(ScreenCatalog.locales()).contains("en-US", "es-US");
        for (String locale : ScreenCatalog.locales()) {
            assertThat(every.stream()
                            .filter(s -> s.locale().equals(locale))
                            .map(ScreenCatalog.Shown::token)
                            .collect(Collectors.toSet()))
                    .as(locale)
                    .containsExactlyInAnyOrder("answer", "welcome", "topics", "category", "emergency");
        }
    }

    @Test
    void every_word_of_every_topic_in_every_locale_fits_the_field_it_is_shown_in() {
        List<String> misfits = new ArrayList<>();
        for (ScreenCatalog.Shown shown : every) {
            Map<String, Integer> fits = FITS.get(shown.token());
            shown.data().fields().forEachRemaining(field -> {
                Integer fit = fits.get(field.getKey());
                JsonNode value = field.getValue();
                if (fit == null) {
                    misfits.add(shown + ": " + field.getKey() + " is not a field of " + shown.token());
                } else if (value.isArray()) {
                    if (value.isEmpty() || value.size() > fit) {
                        misfits.add(shown + ": " + value.size() + " " + field.getKey() + ", room for " + fit);
                    }
                    value.forEach(item -> {
                        if (!Set.of("id", "primaryText").containsAll(names(item))) {
                            misfits.add(shown + ": a list row carries more than its id and text: " + item);
                        }
                        text(shown, "row " + item.path("id").asText(), item.path("primaryText"), LIST_ROW, misfits);
                    });
                } else {
                    text(shown, field.getKey(), value, fit, misfits);
                }
            });
        }

        assertThat(misfits).isEmpty();
    }

    @Test
    void the_catalog_shows_for_every_topic_exactly_what_the_skill_shows() {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        for (ScreenCatalog.Shown shown : every) {
            if (!shown.locale().equals("en-US") || !shown.name().startsWith("answer ")) {
                continue;
            }
            String id = shown.name().substring("answer ".length());
            Heard heard = skill.invoke(Events.onAScreen()
                    .intent(
                            IntentName.TOPIC.modelName(),
                            Slot.matched(SlotName.TOPIC.modelName(), id, SlotName.TOPIC.typeName(), id, id)));

            assertThat(heard.screen()).as(id).isEqualTo(shown.directive());
        }
    }

    @Test
    void every_document_binds_exactly_the_fields_its_datasources_carry() throws IOException {
        for (View view : View.values()) {
            Set<String> bound = new TreeSet<>();
            Matcher binding = BINDING.matcher(document(view).toString());
            while (binding.find()) {
                bound.add(binding.group(1));
            }
            Set<String> carried = new TreeSet<>();
            every.stream().filter(s -> s.token().equals(view.token())).forEach(s -> carried.addAll(names(s.data())));

            assertThat(carried).as(view.token()).isEqualTo(bound);
        }
    }

    @Test
    void every_document_sends_exactly_the_touches_the_skill_reads_from_it() throws IOException {
        for (View view : View.values()) {
            Set<Touch.Verb> sent = new HashSet<>();
            collectVerbs(document(view), sent);

            for (Touch.Verb verb : Touch.Verb.values()) {
                assertThat(sent.contains(verb)).as(view + " sends " + verb).isEqualTo(view.sends(verb));
            }
        }
        assertThat(document(View.EMERGENCY).toString()).doesNotContain("SendEvent");
    }

    @Test
    @Tag("slow") // every button of every topic in both locales goes through the skill
    void every_button_sends_a_touch_the_skill_reads_and_answers_with_an_intent_the_model_has() throws IOException {
        Set<String> modelIntents = new HashSet<>();
        MAPPER.readTree(Path.of("interaction-model", "en-US.json").toFile())
                .path("interactionModel")
                .path("languageModel")
                .path("intents")
                .forEach(intent -> modelIntents.add(intent.path("name").asText()));
        Set<Touch.Verb> seen = new HashSet<>();
        for (ScreenCatalog.Shown shown : every) {
            Voice voice = ScreenCatalog.voice(shown.locale(), true);
            for (TouchTargets.Target target : TouchTargets.of(shown.directive())) {
                UserEvent event = UserEvent.builder()
                        .withToken(target.token())
                        .withArguments(new ArrayList<>(target.arguments()))
                        .build();
                Optional<Touch> touch = Touch.read(event, voice.content());

                assertThat(touch).as(shown + ": " + target).isPresent();
                seen.add(touch.get().verb());
                touch.get()
                        .spoken()
                        .ifPresentOrElse(
                                intent -> assertThat(modelIntents)
                                        .as(shown + ": " + target)
                                        .contains(intent.getName()),
                                () -> assertThat(touch.get()).isInstanceOf(Touch.OpenCategory.class));
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Touch.Verb.values());
    }

    @Test
    void every_word_on_every_screen_is_the_skills_own() {
        for (String locale : ScreenCatalog.locales()) {
            Set<String> own = ownWords(ScreenCatalog.voice(locale, true));
            for (ScreenCatalog.Shown shown : every) {
                if (shown.locale().equals(locale)) {
                    strings(shown.data())
                            .forEach(word -> assertThat(own)
                                    .as(shown + " shows \"" + word + "\"")
                                    .contains(unescaped(word)));
                }
            }
        }
    }

    @Test
    void every_response_with_its_screen_stays_well_inside_alexas_24_kb() throws IOException {
        List<ScreenCatalog.Shown> largest = every.stream()
                .sorted(Comparator.comparingInt(ScreenCatalog.Shown::bytes).reversed())
                .toList();
        Map<String, Integer> largestByScreen = new LinkedHashMap<>();
        largest.forEach(s -> largestByScreen.putIfAbsent(s.locale() + " " + s.token(), s.bytes()));
        StringBuilder report = new StringBuilder("Largest responses with their screen (bytes, UTF-8, as sent):\n");
        largest.stream().limit(5).forEach(s -> report.append(String.format("  %,7d  %s%n", s.bytes(), s)));
        report.append("Largest by screen:\n");
        largestByScreen.forEach((screen, bytes) -> report.append(String.format("  %,7d  %s%n", bytes, screen)));
        Files.createDirectories(Path.of("target", "apl"));
        Files.writeString(Path.of("target", "apl", "sizes.txt"), report);
        System.out.print(report);

        assertThat(largest.get(0).bytes())
                .as("the largest response, " + largest.get(0))
                .isLessThanOrEqualTo(RESPONSE_BUDGET);
        assertThat(every).hasSizeGreaterThan(2 * 69 * 3);
    }

    /** Every word the skill could put on a screen in this voice, as written (before markup escaping). */
    private static Set<String> ownWords(Voice voice) {
        Set<String> own = new HashSet<>();
        for (Phrase phrase : Phrase.values()) {
            own.add(voice.text(phrase));
        }
        for (Topic topic : voice.content().topics()) {
            own.add(topic.id());
            own.add(topic.title());
            own.add(topic.answer());
            own.addAll(topic.more());
            own.add(TopicReplies.reviewed(voice, topic));
            own.add(voice.text(Phrase.NO_MORE, "topic", topic.title()));
            own.add(voice.text(Phrase.TEXT_SENT, "topic", topic.title(), "digits", "42"));
            voice.content()
                    .primarySource(topic)
                    .ifPresent(s -> own.add(voice.text(Phrase.SCREEN_SOURCE, "title", s.title())));
        }
        for (Category category : Category.values()) {
            own.add(category.fileName());
        }
        for (int i = 0; i <= 9; i++) {
            own.add(String.valueOf(i));
        }
        return own;
    }

    private static void text(ScreenCatalog.Shown shown, String field, JsonNode value, int fit, List<String> misfits) {
        String text = value.asText("");
        if (!value.isTextual() || text.isBlank()) {
            misfits.add(shown + ": " + field + " is empty");
        } else if (text.codePointCount(0, text.length()) > fit) {
            misfits.add(shown + ": " + field + " has " + text.length() + " characters, room for " + fit + ": " + text);
        } else if (UNESCAPED.matcher(text).find() || text.contains("${")) {
            misfits.add(shown + ": " + field + " would be read as markup: " + text);
        }
    }

    private static JsonNode document(View view) throws IOException {
        return MAPPER.readTree(Path.of("src", "main", "resources", "apl", view.token() + ".json")
                .toFile());
    }

    private static void collectVerbs(JsonNode node, Set<Touch.Verb> verbs) {
        if (node.path("type").asText().equals("SendEvent")) {
            String verb = node.path("arguments").path(0).asText();
            verbs.add(Touch.Verb.valueOf(verb.toUpperCase(Locale.ROOT)));
        }
        node.forEach(child -> collectVerbs(child, verbs));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isTextual()) {
            found.add(node.asText());
        }
        node.forEach(child -> found.addAll(strings(child)));
        return found;
    }

    private static String unescaped(String markup) {
        return markup.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
