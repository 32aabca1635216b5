package org.relapseguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.local.ContentLoad;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.LogLines;
import org.relapseguide.testing.TestClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB content repository's cache, refresh and degraded mode, on a real DynamoDB-API server. */
@ExtendWith(DynaliteExtension.class)
class DynamoDbContentRepositoryTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final Duration TTL = Duration.ofSeconds(60);
    private static final Duration RETRY = Duration.ofSeconds(15);

    private final ContentSet file = ContentFile.bundled(Locales.DEFAULT);
    private final AtomicLong clock = new AtomicLong();
    private final TestClients.CallCounter counter = new TestClients.CallCounter();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private DynamoDbContentTable loadedTable(Dynalite dynalite, ContentSet content) {
        DynamoDbClient client = TestClients.skill(dynalite.endpoint(), counter);
        toClose.add(client);
        String name = TestClients.tableName("content");
        LocalTables.createContentTable(client, name, QUIET);
        DynamoDbContentTable table = new DynamoDbContentTable(client, name);
        new ContentLoad(table, QUIET).load(content, false);
        return table;
    }

    private DynamoDbContentRepository repository(DynamoDbContentTable table) {
        return new DynamoDbContentRepository(table, DynamoDbClients.FIRST_CALL, TTL, RETRY, clock::get);
    }

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }

    private static ContentSet withAnswer(ContentSet content, String version, String topicId, String answer) {
        List<Topic> topics = content.topics().stream()
                .map(t -> !t.id().equals(topicId) ? t : t.withAnswer(answer))
                .toList();
        return new ContentSet(
                content.locale(),
                version,
                topics,
                content.sources(),
                content.pronunciations(),
                content.emergencySigns());
    }

    @Test
    void warm_requests_make_no_dynamodb_call(Dynalite dynalite) {
        DynamoDbContentRepository repository = repository(loadedTable(dynalite, file));
        repository.content("en-US");
        int afterFirstRead = counter.calls();

        for (int i = 0; i < 1000; i++) {
            repository.content("en-US");
            advance(Duration.ofMillis(50));
        }

        assertThat(counter.calls()).isEqualTo(afterFirstRead);
    }

    @Test
    void after_the_time_to_live_an_unchanged_table_costs_one_small_read_and_keeps_the_copy(Dynalite dynalite) {
        DynamoDbContentRepository repository = repository(loadedTable(dynalite, file));
        ContentSet first = repository.content("en-US");
        int afterFirstRead = counter.calls();

        advance(TTL.plusSeconds(1));
        ContentSet second = repository.content("en-US");

        assertThat(counter.calls()).isEqualTo(afterFirstRead + 1);
        assertThat(second).isSameAs(first);
    }

    @Test
    void an_expired_copy_is_checked_against_the_table_on_the_next_request_and_kept_meanwhile(Dynalite dynalite) {
        DynamoDbContentRepository repository = repository(loadedTable(dynalite, file));
        ContentSet first = repository.content("en-US");
        int afterFirstRead = counter.calls();

        repository.expire();
        ContentSet second = repository.content("en-US");
        repository.content("en-US");

        assertThat(counter.calls()).isEqualTo(afterFirstRead + 1);
        assertThat(second).isSameAs(first);
    }

    @Test
    void a_newly_loaded_version_is_served_once_the_time_to_live_is_over(Dynalite dynalite) {
        DynamoDbContentTable table = loadedTable(dynalite, file);
        DynamoDbContentRepository repository = repository(table);
        repository.content("en-US");
        ContentSet next = withAnswer(file, "next-version", "car_t", "A new answer about CAR T, reviewed today.");
        new ContentLoad(table, QUIET).load(next, false);

        String before = repository.content("en-US").topic("car_t").orElseThrow().answer();
        advance(TTL.plusSeconds(1));
        ContentSet after = repository.content("en-US");

        assertThat(before).isEqualTo(file.topic("car_t").orElseThrow().answer());
        assertThat(after.version()).isEqualTo("next-version");
        assertThat(after.topic("car_t").orElseThrow().answer()).isEqualTo("A new answer about CAR T, reviewed today.");
    }

    @Test
    void a_malformed_topic_item_is_skipped_and_named_while_every_other_topic_still_answers(Dynalite dynalite) {
        DynamoDbContentTable table = loadedTable(dynalite, file);
        Map<String, AttributeValue> broken =
                new HashMap<>(table.version("en-US", file.version(), null).get("car_t"));
        broken.remove("answer");
        broken.put("reviewed", AttributeValue.fromS("last spring"));
        table.put(broken);

        try (LogLines log = LogLines.start()) {
            ContentSet served = repository(table).content("en-US");

            assertThat(served.topic("car_t")).isEmpty();
            assertThat(served.topics()).hasSize(file.topics().size() - 1);
            assertThat(served.topic("blinatumomab"))
                    .contains(file.topic("blinatumomab").orElseThrow());
            assertThat(log.warnings("malformed")).singleElement().asString().contains("topic car_t");
        }
    }

    @Test
    void when_the_table_goes_down_the_last_good_copy_answers_and_one_warning_is_logged_for_the_outage() {
        Dynalite own = Dynalite.start();
        toClose.add(own::kill);
        ContentSet changed =
                withAnswer(file, "table-version", "mrd", "The table's own answer about MRD, not the jar's.");
        DynamoDbContentRepository repository = repository(loadedTable(own, changed));
        repository.content("en-US");
        own.kill();

        try (LogLines log = LogLines.start()) {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                advance(TTL.plusSeconds(1));
                answers.add(
                        repository.content("en-US").topic("mrd").orElseThrow().answer());
            }

            assertThat(answers).containsOnly("The table's own answer about MRD, not the jar's.");
            assertThat(log.warnings("Content degraded")).hasSize(1);
            assertThat(log.warnings("Content degraded").get(0)).contains("last good copy");
        }
    }

    @Test
    void a_table_that_recovers_is_read_again_and_says_so() {
        Dynalite own = Dynalite.start();
        toClose.add(own::kill);
        DynamoDbContentTable table = loadedTable(own, file);
        DynamoDbContentRepository repository = repository(table);
        repository.content("en-US");
        own.kill();
        advance(TTL.plusSeconds(1));
        repository.content("en-US");

        own.restart();
        try (DynamoDbClient setUp = TestClients.skill(own.endpoint(), counter)) {
            LocalTables.createContentTable(setUp, table.name(), QUIET);
        }
        new ContentLoad(table, QUIET).load(withAnswer(file, "after-outage", "mrd", "Back from the outage."), false);
        try (LogLines log = LogLines.start()) {
            advance(RETRY.plusSeconds(1));
            ContentSet served = repository.content("en-US");

            assertThat(served.version()).isEqualTo("after-outage");
            assertThat(log.lines()).anyMatch(l -> l.contains("answers again"));
        }
    }
}
