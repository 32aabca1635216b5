package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.content.Locales;
import org.relapseguide.content.Topic;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.TestClients;
import org.relapseguide.users.DynamoDbPersistenceAdapter;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.Speech;
import org.relapseguide.voice.Ssml;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Session attributes as an attacker would forge them, each at its worst, in real request envelopes through the Lambda
 * entry point: nothing the request carried is spoken, shown, stored or sent back, and every response stays inside
 * Alexa's limits (8,000 characters of speech, 24 KB in all) as rendered, after escaping and pronunciations.
 */
@ExtendWith(DynaliteExtension.class)
class ForgedSessionAttributesTest {
    /** Text the skill never says: found in a response, it came from the request. */
    private static final String FORGED = "ZQXJ";
    /** A caregiver's session form as the skill writes it, naming a topic it does not have. */
    private static final String FORGED_CAREGIVER = "1|2026-11-26|../../etc";

    private static final int MAX_SPEECH_CHARS = 8_000;
    private static final int MAX_RESPONSE_BYTES = 24 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FIGURES = new ArrayList<>();

    private final SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
    private final Speech speech = Speech.load("en-US");

    @AfterAll
    static void printFigures() {
        FIGURES.forEach(System.out::println);
    }

    /** A turn in an ongoing session whose attributes the request forged. */
    private static ObjectNode turn(Map<String, ?> attributes, String locale, String intent, Envelopes.Slot... slots) {
        return Events.asInTheFiles()
                .locale(locale)
                .session("amzn1.echo-api.session.test-0001", false, MAPPER.valueToTree(attributes))
                .intent(intent, slots);
    }

    private static ObjectNode repeat(Map<String, ?> attributes) {
        return turn(attributes, Locales.DEFAULT, IntentName.REPEAT.modelName());
    }

    /** The response, as Alexa would receive it, carries nothing of {@code forged}, however escaped. */
    private static void assertNothingOf(String forged, Heard heard) {
        String response = heard.envelope().toString();
        assertThat(response).doesNotContain(forged);
        assertThat(heard.speech() + " " + heard.reprompt()).doesNotContain(forged);
    }

    private static int bytes(Heard heard) {
        return heard.envelope().toString().getBytes(StandardCharsets.UTF_8).length;
    }

    static Stream<Arguments> forgedSpeech() {
        return Stream.of(
                Arguments.of("markup", FORGED + " </speak><audio src=\"https://example.com/x.mp3\"/>"),
                Arguments.of("3,990 ampersands", FORGED + "&".repeat(3_990)),
                Arguments.of("MRD 990 times", FORGED + " " + "MRD ".repeat(990)));
    }

    /** Keys an older skill carried speech in: not the skill's any more, so dropped, never spoken. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedSpeech")
    void a_forged_last_speech_and_last_reprompt_are_never_spoken_nor_sent_back(String what, String forged) {
        Heard heard =
                skill.invoke(repeat(Map.of("lastSpeech", forged, "lastReprompt", forged, "topic", "blinatumomab")));

        FIGURES.add(String.format(
                "Repeat of a forged lastSpeech (%s, %d characters): speech %d characters of SSML, response %d bytes",
                what, forged.length(), heard.ssml().length(), bytes(heard)));
        assertThat(heard.speech()).startsWith(speech.get(Phrase.NOTHING_TO_REPEAT));
        assertThat(heard.reprompt()).isEqualTo(speech.get(Phrase.WHAT_TO_ASK));
        assertThat(heard.sessionAttributes().has("lastSpeech")).isFalse();
        assertThat(heard.sessionAttributes().has("lastReprompt")).isFalse();
        assertNothingOf(FORGED, heard);
        assertThat(heard.ssml().length()).isLessThan(MAX_SPEECH_CHARS);
        assertThat(bytes(heard)).isLessThan(MAX_RESPONSE_BYTES);
    }

    static Stream<Arguments> forgedReferences() {
        return Stream.of(
                Arguments.of("an unknown phrase key", "p:" + FORGED + "_PHRASE"),
                Arguments.of("an unknown topic id", "a:" + FORGED.toLowerCase()),
                Arguments.of("an unknown topic id in a phrase", "p:TEXT_SENT:digits=47:topic=" + FORGED.toLowerCase()),
                Arguments.of("forged digits", "p:TEXT_SENT:digits=" + FORGED + ":topic=mrd"),
                Arguments.of("a huge follow-up index", "m:mrd:99999999999999999999"),
                Arguments.of("a follow-up index past the topic's", "m:mrd:9"),
                Arguments.of("a negative follow-up index", "m:mrd:-1"),
                Arguments.of("a phrase without the topic it names", "p:RESUME_OFFER"),
                Arguments.of("a phrase with a value it does not name", "p:WHAT_ELSE:digits=12"),
                Arguments.of("more parts than any reply has", "a:mrd;".repeat(9) + "a:mrd"),
                Arguments.of("4,000 characters of references", ("a:mrd;".repeat(667) + "a:mrd").substring(0, 4_000)),
                Arguments.of("4,000 characters of one id", "a:" + "z".repeat(3_998)),
                Arguments.of("markup", "a:mrd;</speak><audio src=\"x\"/>"),
                Arguments.of("3,990 ampersands", "&".repeat(3_990)),
                Arguments.of("MRD 990 times", "MRD ".repeat(990)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedReferences")
    void a_forged_reference_to_what_was_said_is_dropped_not_spoken(String what, String forged) {
        Heard heard = skill.invoke(repeat(Map.of("said", forged, "reprompt", forged, "topic", "mrd")));

        assertThat(heard.speech()).startsWith(speech.get(Phrase.NOTHING_TO_REPEAT));
        assertThat(heard.speech()).doesNotContain("{").doesNotContain("}");
        assertThat(heard.reprompt()).isEqualTo(speech.get(Phrase.WHAT_TO_ASK));
        assertThat(heard.sessionAttributes().path("said").asText()).isNotEqualTo(forged);
        assertThat(heard.sessionAttributes().path("reprompt").asText()).isNotEqualTo(forged);
        assertNothingOf(forged, heard);
        if (forged.length() >= 3_960) {
            FIGURES.add(String.format(
                    "Repeat of a forged said (%s, %d characters): speech %d characters of SSML, response %d bytes",
                    what, forged.length(), heard.ssml().length(), bytes(heard)));
        }
        assertThat(heard.ssml().length()).isLessThan(MAX_SPEECH_CHARS);
        assertThat(bytes(heard)).isLessThan(MAX_RESPONSE_BYTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedReferences")
    void a_forged_reprompt_beside_a_real_reply_is_dropped_not_spoken(String what, String forged) {
        Heard heard = skill.invoke(repeat(Map.of("said", "a:mrd", "reprompt", forged, "topic", "mrd")));

        assertThat(heard.speech()).isEqualTo(topic("en-US", "mrd").answer());
        assertThat(heard.reprompt()).isEqualTo(speech.get(Phrase.WHAT_ELSE_REPROMPT));
        assertNothingOf(forged, heard);
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 4_000})
    void a_forged_topic_of_any_length_is_never_sent_back(int length) {
        String forged = (FORGED.toLowerCase() + "_").repeat(length).substring(0, length);
        Map<String, Object> attributes = Map.of(
                "topic", forged, "proposed", forged, "alternative", forged, "offer", "MORE_OR_TEXT", "moreHeard", 0);

        for (IntentName intent : List.of(IntentName.MORE, IntentName.YES, IntentName.REPEAT, IntentName.HELP)) {
            Heard heard = skill.invoke(turn(attributes, "en-US", intent.modelName()));

            assertThat(heard.sessionAttributes().path("topic").asText()).isNotEqualTo(forged);
            assertNothingOf(FORGED.toLowerCase(), heard);
        }
    }

    @Test
    void a_forged_caregiver_is_neither_sent_back_nor_remembered_without_a_users_table() {
        String forged = "1|2026-11-26|../../etc/" + FORGED;

        Heard heard = skill.invoke(turn(Map.of("caregiver", forged), "en-US", IntentName.HELP.modelName()));

        assertNothingOf(FORGED, heard);
        assertNothingOf("../../etc", heard);
    }

    @Test
    void a_forged_caregiver_is_not_written_to_the_users_table_nor_marks_the_disclaimer_heard(Dynalite dynalite) {
        Remembering remembering = remembering(dynalite);

        Heard answer = remembering
                .skill()
                .invoke(turn(
                        Map.of("caregiver", FORGED_CAREGIVER),
                        Locales.DEFAULT,
                        IntentName.TOPIC.modelName(),
                        Envelopes.Slot.matched("topic", "MRD", "TOPIC", "mrd", "MRD")));
        Map<String, AttributeValue> remembered = remembering.onlyItem();
        Heard launch = remembering.skill().invoke("launch");

        assertNothingOf("../../etc", answer);
        assertThat(remembered.get("lastTopic").s()).isEqualTo("mrd");
        assertThat(remembered.get("disclaimerHeard").bool()).isFalse();
        assertThat(launch.speech()).contains(speech.get(Phrase.DISCLAIMER));
    }

    @Test
    void a_launch_carrying_a_forged_caregiver_gets_the_disclaimer_and_remembers_no_forged_topic(Dynalite dynalite) {
        Remembering remembering = remembering(dynalite);
        ObjectNode launch = Events.asInTheFiles()
                .session(
                        "amzn1.echo-api.session.test-0001",
                        false,
                        MAPPER.valueToTree(Map.of("caregiver", FORGED_CAREGIVER)))
                .launch();

        Heard welcome = remembering.skill().invoke(launch);

        assertThat(welcome.speech()).contains(speech.get(Phrase.DISCLAIMER));
        assertNothingOf("../../etc", welcome);
        assertThat(remembering.onlyItem()).doesNotContainKey("lastTopic");
    }

    /** The skill remembering caregivers in a users table of its own on dynalite. */
    private record Remembering(SkillHarness skill, DynamoDbClient client, String table) {
        /** What the table remembers about the one caregiver who spoke. */
        Map<String, AttributeValue> onlyItem() {
            List<Map<String, AttributeValue>> items =
                    client.scan(r -> r.tableName(table)).items();
            assertThat(items).hasSize(1);
            return items.get(0).get("attributes").m();
        }
    }

    /** A patient client: what is under test is what the skill writes, not how it copes with a slow table. */
    private static Remembering remembering(Dynalite dynalite) {
        DynamoDbClient client = dynalite.client();
        String table = TestClients.tableName("users");
        LocalTables.createUsersTable(client, table, new PrintStream(OutputStream.nullOutputStream()));
        return new Remembering(
                SkillHarness.with(
                        InMemoryContentRepository.bundled(),
                        new DynamoDbPersistenceAdapter(client, table, Clock.systemUTC(), DynamoDbClients.FIRST_CALL)),
                client,
                table);
    }

    /**
     * The longest reply a session can name, each part the longest the skill can say: a forged but well-formed
     * reference says only the skill's own words, and even at its longest stays inside Alexa's limits.
     */
    @Test
    void the_longest_reply_a_session_can_name_stays_inside_alexas_limits() {
        Voice voice = new Voices(InMemoryContentRepository.bundled(), true).forLocale(Locales.DEFAULT);
        List<Said> longest = longestParts(voice).stream().limit(Said.MAX_PARTS).toList();
        String form = Said.encode(longest);

        Heard heard = skill.invoke(repeat(Map.of("said", form, "reprompt", form, "topic", "mrd")));

        String reprompt = heard.response()
                .path("reprompt")
                .path("outputSpeech")
                .path("ssml")
                .asText("");
        FIGURES.add(String.format(
                "Longest repeat (%d parts): speech %d characters of SSML, reprompt %d, response %d bytes",
                longest.size(), heard.ssml().length(), reprompt.length(), bytes(heard)));
        assertThat(heard.ssml()).isEqualTo("<speak>" + voice.ssml(longest) + "</speak>");
        assertThat(heard.ssml().length()).isLessThan(MAX_SPEECH_CHARS);
        assertThat(reprompt.length()).isLessThan(MAX_SPEECH_CHARS);
        assertThat(bytes(heard)).isLessThan(MAX_RESPONSE_BYTES);
    }

    /** The Spanish content is longer; its understanding is not there yet, so it is measured as rendered. */
    @Test
    void the_longest_spanish_reply_a_session_can_name_renders_inside_the_limit() {
        ContentSet content = ContentFile.bundled("es-US");
        Voice voice = new Voice(content, Speech.load("es-US"), new Ssml(content.pronunciations()), true, null);
        List<Said> longest = longestParts(voice).stream().limit(Said.MAX_PARTS).toList();

        int rendered = voice.ssml(longest).length();

        FIGURES.add(String.format("Longest repeat (es-US, rendered): speech %d characters of SSML", rendered));
        assertThat(Said.encode(longest).length()).isLessThanOrEqualTo(1000);
        assertThat(rendered).isLessThan(7_500);
    }

    /** Every part the skill can say, longest rendered first. */
    private static List<Said> longestParts(Voice voice) {
        ContentSet content = voice.content();
        List<Said> parts = new ArrayList<>();
        List<Topic> byTitle = content.topics().stream()
                .sorted(Comparator.comparingInt((Topic t) -> voice.ssml(List.of(Said.phrase(Phrase.CLARIFY, t)))
                                .length())
                        .reversed())
                .toList();
        for (Topic topic : content.topics()) {
            parts.add(Said.answer(topic));
            for (int i = 0; i < topic.more().size(); i++) {
                parts.add(Said.more(topic, i));
            }
        }
        for (Phrase phrase : Phrase.values()) {
            parts.add(Said.phrase(phrase, byTitle.get(0)));
        }
        parts.add(Said.phrase(Phrase.SUGGEST, byTitle.subList(0, 3)));
        parts.add(Said.textSent(byTitle.get(0), "47"));
        return parts.stream()
                .filter(part -> Said.decode(Said.encode(List.of(part)), content).isPresent())
                .sorted(Comparator.comparingInt(
                                (Said part) -> voice.ssml(List.of(part)).length())
                        .reversed())
                .toList();
    }

    private static Topic topic(String locale, String id) {
        return InMemoryContentRepository.bundled().content(locale).topic(id).orElseThrow();
    }
}
