package org.relapseguide.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.DelayingProxy;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.DynamoDbStub;
import org.relapseguide.testing.TestClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB ledger against a real DynamoDB-API server: the contract, and how its item looks in the users table. */
@ExtendWith(DynaliteExtension.class)
class DynamoDbTextLedgerTest extends TextLedgerContract {
    private DynamoDbClient client;
    private String table;

    /** Later than the skill's client waits for a users-table call (600 ms), as a flaky network answers. */
    private static final Duration LATE = Duration.ofMillis(1_600);

    @BeforeEach
    void createTable(Dynalite dynalite) {
        client = dynalite.client();
        table = createUsersTable(client);
    }

    /** A users table as the deployment has it: partition key {@code userKey} (S). */
    static String createUsersTable(DynamoDbClient client) {
        String name = "users-" + UUID.randomUUID();
        LocalTables.createUsersTable(client, name, new PrintStream(OutputStream.nullOutputStream()));
        return name;
    }

    @Override
    TextLedger ledger() {
        return new DynamoDbTextLedger(client, table);
    }

    @Override
    String caregiver() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private Map<String, AttributeValue> item(String key) {
        return client.getItem(r -> r.tableName(table)
                        .key(Map.of("userKey", AttributeValue.fromS(key)))
                        .consistentRead(true))
                .item();
    }

    @Test
    void the_texts_live_in_their_own_item_and_the_caregivers_item_is_left_alone() throws Exception {
        String caregiver = caregiver();
        Map<String, AttributeValue> own =
                Map.of("userKey", AttributeValue.fromS(caregiver), "lastTopic", AttributeValue.fromS("mrd"));
        client.putItem(r -> r.tableName(table).item(own));

        TextLedger.Reservation sent = ledger().reserve(caregiver, "mrd", LIMITS, NOON, PATIENCE);
        ledger().confirm(sent, "message-1", NOON.plusSeconds(1));

        assertThat(item(caregiver)).isEqualTo(own);
        Map<String, AttributeValue> texts = item(caregiver + "#texts");
        assertThat(texts.get("texts").l()).singleElement().satisfies(entry -> {
            assertThat(entry.m().get("topic").s()).isEqualTo("mrd");
            assertThat(entry.m().get("at").n()).isEqualTo(Long.toString(NOON.getEpochSecond()));
            assertThat(entry.m().get("messageId").s()).isEqualTo("message-1");
        });
        assertThat(texts.get("version").n()).isEqualTo("2");
        assertThat(texts.get("expiresAt").n())
                .isEqualTo(Long.toString(
                        NOON.plusSeconds(1).plus(Duration.ofDays(90)).getEpochSecond()));
    }

    @Test
    void texts_older_than_a_day_are_pruned_from_the_item() throws Exception {
        String caregiver = caregiver();
        TextLedger ledger = ledger();
        ledger.reserve(caregiver, "mrd", LIMITS, NOON, PATIENCE);

        ledger.reserve(caregiver, "car_t", LIMITS, NOON.plus(Duration.ofHours(25)), PATIENCE);

        assertThat(item(caregiver + "#texts").get("texts").l())
                .singleElement()
                .satisfies(entry -> assertThat(entry.m().get("topic").s()).isEqualTo("car_t"));
    }

    @Test
    void a_malformed_entry_is_skipped_rather_than_blocking_every_text() throws Exception {
        String caregiver = caregiver();
        client.putItem(r -> r.tableName(table)
                .item(Map.of(
                        "userKey", AttributeValue.fromS(caregiver + "#texts"),
                        "texts",
                                AttributeValue.fromL(
                                        List.of(AttributeValue.fromM(Map.of("topic", AttributeValue.fromS("mrd"))))),
                        "version", AttributeValue.fromN("7"))));

        assertThat(ledger().reserve(caregiver, "mrd", LIMITS, NOON, PATIENCE).isGranted())
                .isTrue();
        assertThat(item(caregiver + "#texts").get("version").n()).isEqualTo("8");
    }

    /** A write to the ledger's own items, as the proxy sees it. */
    private static boolean textsWrite(String operation, String body) {
        return operation.equals("PutItem") && body.contains(DynamoDbTextLedger.SUFFIX);
    }

    private List<AttributeValue> entries(String caregiver) {
        Map<String, AttributeValue> item = item(caregiver + DynamoDbTextLedger.SUFFIX);
        return item == null || !item.containsKey("texts")
                ? List.of()
                : item.get("texts").l();
    }

    @Test
    @Tag("slow") // waits out a write answered late through a delaying proxy
    void a_reservation_whose_write_is_answered_after_the_client_gave_up_is_given_back(Dynalite dynalite)
            throws Exception {
        String caregiver = reservedWhileWritesAreLate(dynalite, DelayingProxy.Hold.ANSWER, 10);

        assertThat(entries(caregiver))
                .as("the reservation that landed was taken back out")
                .isEmpty();
        assertThat(ledger().reserve(caregiver, "mrd", LIMITS, NOON.plusSeconds(1), PATIENCE)
                        .isGranted())
                .isTrue();
    }

    @Test
    @Tag("slow") // waits out a write answered late through a delaying proxy
    void a_reservation_whose_write_reaches_the_table_after_the_client_gave_up_never_lands(Dynalite dynalite)
            throws Exception {
        // the SDK's two tries of the one write
        String caregiver = reservedWhileWritesAreLate(dynalite, DelayingProxy.Hold.REQUEST, 2);

        assertThat(entries(caregiver))
                .as("the late write found the item moved on")
                .isEmpty();
        assertThat(ledger().reserve(caregiver, "mrd", LIMITS, NOON.plusSeconds(1), PATIENCE)
                        .isGranted())
                .isTrue();
    }

    /**
     * A caregiver's reservation made through a proxy that holds the first {@code writes} writes of the texting item
     * (their request or their answer) past the client's timeout: the ledger fails, and the proxy is left quiet.
     */
    private String reservedWhileWritesAreLate(Dynalite dynalite, DelayingProxy.Hold hold, int writes) throws Exception {
        String caregiver = caregiver();
        try (DelayingProxy proxy = DelayingProxy.to(dynalite.endpoint())
                        .delay(DynamoDbTextLedgerTest::textsWrite, hold, LATE, writes);
                DynamoDbClient slow = TestClients.skill(proxy.endpoint(), new TestClients.CallCounter())) {
            TextLedger late = new DynamoDbTextLedger(slow, table);

            assertThatThrownBy(() -> late.reserve(caregiver, "mrd", LIMITS, NOON, PATIENCE))
                    .isInstanceOf(TextLedgerException.class);
            proxy.awaitQuiet(Duration.ofSeconds(30));
        }
        return caregiver;
    }

    /**
     * dynalite answers one call at a time, some 20 ms each on a busy 2-core machine, so ten requests racing take it
     * about as long as a hundred would take DynamoDB; the patience here is scaled to match.
     */
    private static final Duration PATIENCE_ON_DYNALITE = Duration.ofSeconds(10);

    @RepeatedTest(3)
    void many_simultaneous_reservations_of_different_topics_each_get_an_answer_within_the_limits() throws Exception {
        String caregiver = caregiver();
        TextLedger ledger = ledger();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TextHistory.Verdict>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String topic = "topic-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return ledger.reserve(caregiver, topic, LIMITS, NOON, PATIENCE_ON_DYNALITE)
                            .verdict();
                }));
            }
            start.countDown();
            List<TextHistory.Verdict> verdicts = new ArrayList<>();
            for (Future<TextHistory.Verdict> answer : answers) {
                verdicts.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(verdicts)
                    .as("every request answered: a grant up to the daily limit, the limit after it")
                    .filteredOn(TextHistory.Verdict.ALLOWED::equals)
                    .hasSize(LIMITS.dailyLimit());
            assertThat(verdicts)
                    .filteredOn(TextHistory.Verdict.DAILY_LIMIT::equals)
                    .hasSize(10 - LIMITS.dailyLimit());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_reservation_that_keeps_losing_races_past_its_patience_is_a_ledger_failure_not_a_grant() {
        String item = "{\"Item\":{\"userKey\":{\"S\":\"c#texts\"},\"texts\":{\"L\":[]},\"version\":{\"N\":\"1\"}}}";
        try (DynamoDbStub table = DynamoDbStub.start(operation -> operation.equals("GetItem")
                        ? DynamoDbStub.Reply.ok(item)
                        : DynamoDbStub.Reply.conditionFailed());
                DynamoDbClient client = TestClients.skill(table.endpoint(), new TestClients.CallCounter())) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> new DynamoDbTextLedger(client, "users")
                            .reserve("c", "mrd", LIMITS, NOON, Duration.ofMillis(300)))
                    .isInstanceOf(TextLedgerException.class)
                    .hasMessageContaining("races");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(table.operations()).filteredOn("PutItem"::equals).hasSizeGreaterThan(1);
        }
    }

    @Test
    void a_missing_table_is_a_ledger_failure_not_a_grant() {
        TextLedger ledger = new DynamoDbTextLedger(client, "no-such-table");

        assertThatThrownBy(() -> ledger.reserve(caregiver(), "mrd", LIMITS, NOON, PATIENCE))
                .isInstanceOf(TextLedgerException.class);
    }

    @Test
    void an_unreachable_table_is_a_ledger_failure_not_a_grant() {
        DynamoDbClient unreachable = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();

        assertThatThrownBy(() ->
                        new DynamoDbTextLedger(unreachable, table).reserve(caregiver(), "mrd", LIMITS, NOON, PATIENCE))
                .isInstanceOf(TextLedgerException.class);
    }
}
