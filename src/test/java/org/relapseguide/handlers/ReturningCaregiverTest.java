package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.LogLines;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.TestClients;
import org.relapseguide.users.DynamoDbPersistenceAdapter;
import org.relapseguide.users.ForgetfulCaregiverStore;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A caregiver remembered between conversations in the users table (dynalite), through the real skill. */
@ExtendWith(DynaliteExtension.class)
class ReturningCaregiverTest {
    private final ContentSet content = ContentFile.bundled("en-US");
    private final Speech speech = Speech.load("en-US");
    private final TestClients.CallCounter calls = new TestClients.CallCounter();
    private DynamoDbClient client;
    private String table;
    private SkillHarness skill;

    @BeforeEach
    void createUsersTable(Dynalite dynalite) {
        client = TestClients.skill(dynalite.endpoint(), calls);
        table = TestClients.tableName("users");
        // Set up with a patient client: the skill's 250 ms tries can time out creating a table on a busy machine.
        try (DynamoDbClient setUp = dynalite.client()) {
            LocalTables.createUsersTable(setUp, table, new PrintStream(OutputStream.nullOutputStream()));
        }
        skill = SkillHarness.with(
                InMemoryContentRepository.bundled(),
                new DynamoDbPersistenceAdapter(client, table, Clock.systemUTC(), DynamoDbClients.FIRST_CALL));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /** The next turn of the same session: the envelope with the attributes the last response carried. */
    private static ObjectNode after(Heard previous, String event) {
        ObjectNode envelope = Events.load(event);
        ((ObjectNode) envelope.path("session")).put("new", false).set("attributes", previous.sessionAttributes());
        return envelope;
    }

    private int storedItems() {
        return client.scan(r -> r.tableName(table)).count();
    }

    @Test
    void the_first_visit_gets_the_whole_welcome_with_the_disclaimer() {
        Heard heard = skill.invoke("launch");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.WELCOME)).contains(speech.get(Phrase.DISCLAIMER));
    }

    @Test
    void a_caregiver_who_heard_the_disclaimer_gets_a_shorter_welcome_without_it() {
        skill.invoke("launch");

        Heard heard = skill.invoke("launch");

        assertThat(heard.speech()).isEqualTo(speech.get(Phrase.WELCOME_BACK) + " " + speech.get(Phrase.WHAT_TO_ASK));
        assertThat(heard.speech()).doesNotContain(speech.get(Phrase.DISCLAIMER));
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void a_returning_caregiver_is_offered_their_last_topic_and_yes_answers_it() {
        skill.invoke("launch");
        skill.invoke("topic-blinatumomab");

        Heard welcome = skill.invoke("launch");
        Heard yes = skill.invoke(after(welcome, "yes-without-offer"));

        String title = content.topic("blinatumomab").orElseThrow().title();
        assertThat(welcome.speech())
                .isEqualTo(speech.get(Phrase.WELCOME_BACK) + " " + speech.get(Phrase.RESUME_OFFER, "topic", title));
        assertThat(welcome.reprompt()).isEqualTo(speech.get(Phrase.RESUME_OFFER, "topic", title));
        assertThat(yes.speech())
                .isEqualTo(content.topic("blinatumomab").orElseThrow().answer() + " "
                        + speech.get(Phrase.OFFER_MORE_OR_TEXT));
        assertThat(yes.sessionAttributes().path("offer").asText()).isEqualTo("MORE_OR_TEXT");
    }

    @Test
    void no_to_picking_up_where_they_left_off_asks_what_they_would_like_to_know() {
        skill.invoke("launch");
        skill.invoke("topic-blinatumomab");

        Heard no = skill.invoke(after(skill.invoke("launch"), "no-without-offer"));

        assertThat(no.speech()).isEqualTo(speech.get(Phrase.OKAY) + " " + speech.get(Phrase.WHAT_TO_ASK));
        assertThat(no.keepsSessionOpen()).isTrue();
        assertThat(no.sessionAttributes().path("topic").isMissingNode()).isTrue();
    }

    @Test
    void alexa_s_probes_and_the_end_of_a_session_write_nothing() {
        skill.invoke("can-fulfill-topic");
        skill.invoke("session-ended");

        assertThat(storedItems()).isZero();
    }

    @Test
    void nothing_is_written_when_nothing_changed() {
        skill.invoke("launch");
        skill.invoke("topic-blinatumomab");
        int before = calls.calls();

        skill.invoke("topic-blinatumomab");

        assertThat(calls.calls() - before).as("one read, no write").isEqualTo(1);
    }

    @Test
    void within_a_conversation_the_table_is_read_once_and_the_session_carries_the_rest() {
        int start = calls.calls();
        Heard welcome = skill.invoke("launch");
        int afterLaunch = calls.calls();

        Heard answer = skill.invoke(after(welcome, "topic-blinatumomab"));
        int afterAnswer = calls.calls();
        Heard again = skill.invoke(after(answer, "topic-blinatumomab"));

        assertThat(afterLaunch - start)
                .as("the launch reads the caregiver and writes the visit")
                .isEqualTo(2);
        assertThat(afterAnswer - afterLaunch)
                .as("no read, one write: the new last topic")
                .isEqualTo(1);
        assertThat(calls.calls() - afterAnswer)
                .as("nothing changed, nothing read")
                .isZero();
        assertThat(again.speech())
                .startsWith(content.topic("blinatumomab").orElseThrow().answer());
        String title = content.topic("blinatumomab").orElseThrow().title();
        assertThat(skill.invoke("launch").speech())
                .as("the next conversation reads what was written")
                .isEqualTo(speech.get(Phrase.WELCOME_BACK) + " " + speech.get(Phrase.RESUME_OFFER, "topic", title));
    }

    @Test
    void what_the_session_carries_about_the_caregiver_outlives_no_to_picking_up_where_they_left_off() {
        skill.invoke("launch");
        skill.invoke("topic-blinatumomab");
        Heard no = skill.invoke(after(skill.invoke("launch"), "no-without-offer"));
        int before = calls.calls();

        Heard answer = skill.invoke(after(no, "topic-car-t-for-my-daughter"));

        assertThat(no.sessionAttributes().path("caregiver").asText()).startsWith("1|");
        assertThat(calls.calls() - before)
                .as("no read, one write: the new last topic")
                .isEqualTo(1);
        assertThat(answer.speech())
                .startsWith(content.topic("car_t").orElseThrow().answer());
    }

    @Test
    void a_session_carrying_something_unreadable_about_the_caregiver_reads_the_table_instead() {
        skill.invoke("launch");
        skill.invoke("topic-blinatumomab");
        ObjectNode launch = Events.load("launch");
        ((ObjectNode) launch.path("session"))
                .put("new", false)
                .putObject("attributes")
                .put("caregiver", "1|not a date|blinatumomab");
        int before = calls.calls();

        Heard welcome = skill.invoke(launch);

        String title = content.topic("blinatumomab").orElseThrow().title();
        assertThat(welcome.speech())
                .isEqualTo(speech.get(Phrase.WELCOME_BACK) + " " + speech.get(Phrase.RESUME_OFFER, "topic", title));
        assertThat(calls.calls() - before)
                .as("one read; the visit was written today already")
                .isEqualTo(1);
        assertThat(welcome.sessionAttributes().path("caregiver").asText()).startsWith("1|");
    }

    @Test
    void a_users_table_that_fails_gets_the_first_visit_welcome_in_time_and_nothing_breaks() {
        skill.invoke("launch");
        try (DynamoDbClient down = TestClients.skill(TestClients.refusing(), new TestClients.CallCounter());
                LogLines log = LogLines.start()) {
            SkillHarness cut = SkillHarness.with(
                    InMemoryContentRepository.bundled(),
                    new DynamoDbPersistenceAdapter(down, table, Clock.systemUTC(), DynamoDbClients.FIRST_CALL));
            long started = System.nanoTime();

            Heard welcome = cut.invoke("launch");
            Heard answer = cut.invoke(after(welcome, "topic-blinatumomab"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(welcome.speech()).startsWith(speech.get(Phrase.WELCOME)).contains(speech.get(Phrase.DISCLAIMER));
            assertThat(answer.speech())
                    .startsWith(content.topic("blinatumomab").orElseThrow().answer());
            assertThat(log.warnings("Users table unavailable"))
                    .isNotEmpty()
                    .noneMatch(line -> line.contains("amzn1.ask.account"));
        }
    }

    @Test
    void without_a_users_table_nobody_is_remembered() {
        SkillHarness forgetful = SkillHarness.with(InMemoryContentRepository.bundled(), new ForgetfulCaregiverStore());
        forgetful.invoke("launch");
        forgetful.invoke("topic-blinatumomab");

        Heard heard = forgetful.invoke("launch");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.WELCOME)).contains(speech.get(Phrase.DISCLAIMER));
    }
}
