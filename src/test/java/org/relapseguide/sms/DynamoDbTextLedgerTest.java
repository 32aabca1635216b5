package org.relapseguide.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
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
        return client.getItem(r -> r.tableName(table).key(Map.of("userKey", AttributeValue.fromS(key))))
                .item();
    }

    @Test
    void the_texts_live_in_their_own_item_and_the_caregivers_item_is_left_alone() throws Exception {
        String caregiver = caregiver();
        Map<String, AttributeValue> own =
                Map.of("userKey", AttributeValue.fromS(caregiver), "lastTopic", AttributeValue.fromS("mrd"));
        client.putItem(r -> r.tableName(table).item(own));

        TextLedger.Reservation sent = ledger().reserve(caregiver, "mrd", LIMITS, NOON);
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
        ledger.reserve(caregiver, "mrd", LIMITS, NOON);

        ledger.reserve(caregiver, "car_t", LIMITS, NOON.plus(Duration.ofHours(25)));

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

        assertThat(ledger().reserve(caregiver, "mrd", LIMITS, NOON).isGranted()).isTrue();
        assertThat(item(caregiver + "#texts").get("version").n()).isEqualTo("8");
    }

    @Test
    void a_missing_table_is_a_ledger_failure_not_a_grant() {
        TextLedger ledger = new DynamoDbTextLedger(client, "no-such-table");

        assertThatThrownBy(() -> ledger.reserve(caregiver(), "mrd", LIMITS, NOON))
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

        assertThatThrownBy(() -> new DynamoDbTextLedger(unreachable, table).reserve(caregiver(), "mrd", LIMITS, NOON))
                .isInstanceOf(TextLedgerException.class);
    }
}
