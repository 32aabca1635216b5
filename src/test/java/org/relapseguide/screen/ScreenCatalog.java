package org.relapseguide.screen;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.services.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Locales;
import org.relapseguide.content.Topic;
import org.relapseguide.handlers.ListTopicsHandler;
import org.relapseguide.testing.Events;
import org.relapseguide.understanding.Language;
import org.relapseguide.understanding.Understander;
import org.relapseguide.voice.EmergencyReplies;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Once;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.Screen;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Speech;
import org.relapseguide.voice.Ssml;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.Voice;

/**
 * Every screen the skill can show, in every locale it has content for: each reply that shows one (every topic's
 * answer and follow-ups, welcome, help, the lists, the emergency, every outcome of a text), made into the whole
 * response the way the skill makes it, through {@link Responder} on an Echo Show. Spanish is not wired into the
 * skill's request path yet, so the voice of each locale is built here from its content and phrases.
 */
final class ScreenCatalog {
    /** The SDK names itself and the JVM in every response; this is as long as the longest seen. */
    private static final String USER_AGENT = "ask-java/2.86.0 Java/17.0.99-long-vendor-build";

    private static final JacksonSerializer SDK = new JacksonSerializer();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One screen: the reply it shows, the whole response envelope as Alexa gets it, and its size. */
    record Shown(String locale, String name, JsonNode envelope, int bytes) {
        JsonNode directive() {
            for (JsonNode directive : envelope.path("response").path("directives")) {
                if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                    return directive;
                }
            }
            throw new AssertionError(name + " shows no screen");
        }

        String token() {
            return directive().path("token").asText();
        }

        JsonNode data() {
            return directive().path("datasources").path("rg");
        }

        @Override
        public String toString() {
            return locale + " " + name;
        }
    }

    private ScreenCatalog() {}

    /** The locales with a content file. */
    static List<String> locales() {
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the skill speaks with in a locale: its bundled content and its phrases. */
    static Voice voice(String locale, boolean texting) {
        ContentSet content = ContentFile.bundled(locale);
        return new Voice(
                content,
                Speech.load(locale),
                new Ssml(content.pronunciations()),
                texting,
                new Once<>(() -> new Understander(content, language(locale))));
    }

    /** Every screen of every locale. */
    static List<Shown> every() {
        return locales().stream().flatMap(l -> every(l).stream()).toList();
    }

    static List<Shown> every(String locale) {
        AplScreen screen = AplScreen.bundled();
        Voice voice = voice(locale, true);
        ContentSet content = voice.content();
        List<Shown> shown = new ArrayList<>();
        Topic longestTitle = content.topics().stream()
                .max(Comparator.comparingInt(t -> t.title().length()))
                .orElseThrow();
        Topic largestCard = content.topics().stream()
                .max(Comparator.comparingInt(
                        t -> TopicReplies.card(voice, t).text().length()))
                .orElseThrow();
        SessionState none = SessionState.EMPTY;

        shown.add(show(locale, "welcome", screen, voice, none, welcome(voice)));
        shown.add(show(
                locale,
                "welcome back",
                screen,
                voice,
                none.withTopic(longestTitle.id()).withOffer(Offer.RESUME),
                Reply.ask(
                        List.of(Said.phrase(Phrase.WELCOME_BACK), Said.phrase(Phrase.RESUME_OFFER, longestTitle)),
                        Said.phrase(Phrase.RESUME_OFFER, longestTitle))));
        shown.add(show(locale, "help", screen, voice, none, voice.listen(Said.phrase(Phrase.HELP))));
        shown.add(show(
                locale, "start over", screen, voice, none, voice.thenAskWhatToKnow(Said.phrase(Phrase.START_OVER))));
        shown.add(show(locale, "topics", screen, voice, none, ListTopicsHandler.reply(voice)));
        for (Category category : Datasources.browsable(content)) {
            shown.add(show(
                    locale,
                    "category " + category.fileName(),
                    screen,
                    voice,
                    none,
                    new Reply(
                            List.of(Said.phrase(Phrase.PICK_TOPIC)),
                            List.of(Said.phrase(Phrase.WHAT_TO_ASK)),
                            null,
                            Reply.Session.LISTEN,
                            List.of(screen.category(voice, category)),
                            Offer.NONE)));
        }
        for (Topic topic : content.topics()) {
            SessionState about = none.withTopic(topic.id());
            shown.add(show(locale, "answer " + topic.id(), screen, voice, about, TopicReplies.answer(voice, topic)));
            for (int i = 0; i <= topic.more().size(); i++) {
                shown.add(show(
                        locale,
                        (i < topic.more().size() ? "more " : "no more ") + topic.id() + " " + i,
                        screen,
                        voice,
                        about.withMoreHeard(i + 1),
                        TopicReplies.more(voice, topic, i)));
            }
            shown.add(show(
                    locale,
                    "text sent " + topic.id(),
                    screen,
                    voice,
                    about,
                    texted(voice, topic, Said.textSent(topic, "42"))));
        }
        for (Phrase outcome : List.of(
                Phrase.TEXT_SEND_FAILED,
                Phrase.TEXT_NUMBER_UNAVAILABLE,
                Phrase.TEXT_NO_NUMBER,
                Phrase.TEXT_NEEDS_CONSENT,
                Phrase.TEXT_CONSENT_DECLINED,
                Phrase.TEXT_TEXTING_OFF,
                Phrase.TEXT_OPTED_OUT,
                Phrase.TEXT_RECENTLY_SENT,
                Phrase.TEXT_DAILY_LIMIT)) {
            shown.add(show(
                    locale,
                    "text " + outcome.key(),
                    screen,
                    voice,
                    none.withTopic(largestCard.id()),
                    texted(voice, largestCard, Said.phrase(outcome))));
        }
        shown.add(show(locale, "emergency", screen, voice, none, EmergencyReplies.reply(voice)));
        return shown;
    }

    /** LaunchHandler's first welcome. */
    private static Reply welcome(Voice voice) {
        return voice.listen(Said.phrase(Phrase.WELCOME), Said.phrase(Phrase.DISCLAIMER), Said.phrase(Phrase.EXAMPLES));
    }

    /** What TextDelivery says after a text, with the card of the topic's details. */
    private static Reply texted(Voice voice, Topic topic, Said outcome) {
        return Reply.ask(List.of(outcome, Said.phrase(Phrase.WHAT_ELSE)), Said.phrase(Phrase.WHAT_ELSE_REPROMPT))
                .withCard(TopicReplies.card(voice, topic));
    }

    private static Shown show(
            String locale, String name, AplScreen screen, Voice voice, SessionState state, Reply reply) {
        HandlerInput input = HandlerInput.builder()
                .withRequestEnvelope(SDK.deserialize(
                        Events.onAScreen().locale(locale).launch().toString(), RequestEnvelope.class))
                .build();
        Screen.attach(input, screen);
        Response response = Responder.respond(input, voice, state, reply).orElseThrow();
        Map<String, Object> session = input.getAttributesManager().getSessionAttributes();
        String json = SDK.serialize(ResponseEnvelope.builder()
                .withVersion("1.0")
                .withSessionAttributes(session)
                .withUserAgent(USER_AGENT)
                .withResponse(response)
                .build());
        try {
            return new Shown(locale, name, MAPPER.readTree(json), json.getBytes(StandardCharsets.UTF_8).length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The locale's own language resources for understanding, or the default's until it has some. */
    private static Language language(String locale) {
        try {
            return Language.load(locale);
        } catch (IllegalStateException none) {
            return Language.load(Locales.DEFAULT);
        }
    }
}
