package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentItems;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.DynamoDbContentRepository;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.Locales;
import org.relapseguide.local.ContentLoad;
import org.relapseguide.local.LocalTables;
import org.relapseguide.local.Main;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.LogLines;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.TestClients;
import org.relapseguide.users.ForgetfulCaregiverStore;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import org.slf4j.event.Level;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A content table holding bad items, one with a 10 KB answer and one with fields missing, on a real DynamoDB-API
 * server: the skill skips them and says so in one warning naming each topic, answers every other topic, and
 * {@code content validate --table} names them too.
 */
@ExtendWith(DynaliteExtension.class)
class BadContentItemTest {
    private static final String ENDPOINT_PROPERTY = "aws.endpointUrlDynamoDb";
    private static final String OVERSIZED = "car_t";
    private static final String INCOMPLETE = "mrd";
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /**
     * A few topics of the content file, enough to show the rest still answer, and few enough that the validator's
     * speech timing (espeak-ng, when installed) stays quick.
     */
    private final ContentSet file = subset(
            ContentFile.bundled(Locales.DEFAULT),
            List.of("blinatumomab", OVERSIZED, INCOMPLETE, "remission", "emergency_signs"));

    private final Speech speech = Speech.load("en-US");
    private DynamoDbClient client;
    private DynamoDbContentTable table;

    @BeforeEach
    void loadTheContent(Dynalite dynalite) {
        client = TestClients.skill(dynalite.endpoint(), new TestClients.CallCounter());
        String name = TestClients.tableName("content");
        LocalTables.createContentTable(client, name, QUIET);
        table = new DynamoDbContentTable(client, name);
        new ContentLoad(table, QUIET).load(file, false);
        System.setProperty(ENDPOINT_PROPERTY, dynalite.endpoint().toString());
    }

    @AfterEach
    void close() {
        System.clearProperty(ENDPOINT_PROPERTY);
        JsonLogging.setLevel(Level.INFO);
        client.close();
    }

    private static ContentSet subset(ContentSet content, List<String> topicIds) {
        return new ContentSet(
                content.locale(),
                content.version(),
                content.topics().stream()
                        .filter(t -> topicIds.contains(t.id()))
                        // A file of its own: its links lead only to its own topics.
                        .map(t -> t.withRelated(t.related().stream()
                                        .filter(topicIds::contains)
                                        .toList())
                                .withNext(t.next() != null && topicIds.contains(t.next()) ? t.next() : null))
                        .toList(),
                content.sources(),
                content.pronunciations(),
                content.emergencySigns());
    }

    /** Overwrites two topics of the published version in place, as a hand edit in the console would. */
    private void spoilTwoItems() {
        Map<String, Map<String, AttributeValue>> items = ContentItems.items(file);
        Map<String, AttributeValue> oversized = new LinkedHashMap<>(items.get(OVERSIZED));
        String sentence = "CAR T-cell therapy changes a child's own immune cells to find leukemia. ";
        oversized.put("answer", AttributeValue.fromS(sentence.repeat(10_240 / sentence.length() + 1)));
        table.put(oversized);
        Map<String, AttributeValue> incomplete = new LinkedHashMap<>(items.get(INCOMPLETE));
        incomplete.remove("answer");
        incomplete.remove("text");
        table.put(incomplete);
    }

    private SkillHarness skill() {
        return SkillHarness.with(
                new DynamoDbContentRepository(table, DynamoDbClients.FIRST_CALL), new ForgetfulCaregiverStore());
    }

    private String answerTo(String topicId) {
        return file.topic(topicId).orElseThrow().answer() + " " + speech.get(Phrase.OFFER_MORE_OR_TEXT);
    }

    @Test
    void the_bad_items_are_skipped_and_named_and_every_other_topic_is_answered() {
        spoilTwoItems();
        try (LogLines log = LogLines.start()) {
            SkillHarness skill = skill();

            Heard oversized = skill.invoke(Events.topicQuestion(OVERSIZED, "car t"));
            Heard incomplete = skill.invoke(Events.topicQuestion(INCOMPLETE, "m r d"));
            Heard other = skill.invoke("topic-blinatumomab");

            assertThat(oversized.speech()).startsWith(speech.get(Phrase.UNKNOWN_TOPIC));
            assertThat(oversized.envelope().toString()).hasSizeLessThan(8_000).doesNotContain("immune cells to find");
            assertThat(incomplete.speech()).startsWith(speech.get(Phrase.UNKNOWN_TOPIC));
            assertThat(other.speech()).isEqualTo(answerTo("blinatumomab"));
            assertThat(log.warnings("skipped 2 malformed item(s)"))
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .contains("topic " + OVERSIZED + ": answer has")
                            .contains("at most 40")
                            .contains("topic " + INCOMPLETE + ": answer is missing")
                            .doesNotContain("immune cells to find"));
        }
    }

    @Test
    void the_validator_names_each_bad_item_of_the_table() {
        spoilTwoItems();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(
                new String[] {"content", "validate", "--table", table.name()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String problems = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains((file.topics().size() - 2) + " topics readable");
        assertThat(problems)
                .contains("topic " + OVERSIZED + ": skipped by the skill: answer has")
                .contains("topic " + INCOMPLETE + ": skipped by the skill: answer is missing")
                // A topic that leads to a skipped one leads nowhere: said too.
                .contains("topic remission: related topic " + INCOMPLETE + " is not another topic of the file")
                .contains("3 problem(s) found");
    }

    @Test
    @Tag("slow") // the whole validator, espeak-ng timing of every answer included
    void the_validator_passes_a_table_whose_every_item_is_good() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(
                new String[] {"content", "validate", "--table", table.name()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(file.topics().size() + " topics readable")
                .contains("OK: every rule passes");
    }
}
