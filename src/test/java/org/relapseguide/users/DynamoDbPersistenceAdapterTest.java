package org.relapseguide.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.TestClients;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The users table through the ASK persistence port, on a real DynamoDB-API server. */
@ExtendWith(DynaliteExtension.class)
class DynamoDbPersistenceAdapterTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final RequestEnvelope launch =
            new JacksonSerializer().deserialize(Events.load("launch").toString(), RequestEnvelope.class);
    private final String userId = launch.getContext().getSystem().getUser().getUserId();
    private DynamoDbClient client;
    private String table;
    private DynamoDbPersistenceAdapter adapter;

    @BeforeEach
    void createTable(Dynalite dynalite) {
        client = TestClients.skill(dynalite.endpoint(), new TestClients.CallCounter());
        table = TestClients.tableName("users");
        LocalTables.createUsersTable(client, table, new PrintStream(OutputStream.nullOutputStream()));
        adapter = new DynamoDbPersistenceAdapter(client, table, Clock.fixed(NOW, ZoneOffset.UTC), null);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private List<Map<String, AttributeValue>> everyItem() {
        return client.scan(r -> r.tableName(table)).items();
    }

    @Test
    void a_caregiver_never_seen_has_no_attributes() {
        assertThat(adapter.getAttributes(launch)).isEmpty();
    }

    @Test
    void attributes_saved_are_read_back_as_they_were() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("disclaimerHeard", true);
        attributes.put("lastTopic", "car_t");
        attributes.put("visits", 3L);
        attributes.put("nested", Map.of("list", List.of("a", "b")));

        adapter.saveAttributes(launch, attributes);

        assertThat(adapter.getAttributes(launch)).contains(attributes);
    }

    @Test
    void the_item_is_keyed_by_the_hash_of_the_user_id_and_the_raw_id_is_nowhere_in_the_table() {
        adapter.saveAttributes(launch, Map.of("lastTopic", "mrd"));

        List<Map<String, AttributeValue>> items = everyItem();
        assertThat(items)
                .singleElement()
                .satisfies(item -> assertThat(item.get("userKey").s())
                        .isEqualTo(UserKey.of(userId))
                        .doesNotContain(userId));
        assertThat(items.toString()).doesNotContain(userId).doesNotContain("amzn1.ask.account");
    }

    @Test
    void the_item_expires_ninety_days_after_it_was_last_saved() {
        adapter.saveAttributes(launch, Map.of("lastTopic", "mrd"));

        long expiresAt = Long.parseLong(everyItem().get(0).get("expiresAt").n());
        assertThat(Instant.ofEpochSecond(expiresAt)).isEqualTo(NOW.plus(90, ChronoUnit.DAYS));
    }

    @Test
    void saving_and_deleting_never_touch_the_texting_item_kept_beside_the_caregiver() {
        Map<String, AttributeValue> texts = Map.of(
                "userKey", AttributeValue.fromS(UserKey.of(userId) + "#texts"), "sentToday", AttributeValue.fromN("2"));
        client.putItem(r -> r.tableName(table).item(texts));

        adapter.saveAttributes(launch, Map.of("lastTopic", "mrd"));
        adapter.deleteAttributes(launch);

        assertThat(everyItem()).containsExactly(texts);
        assertThat(adapter.getAttributes(launch)).isEmpty();
    }

    @Test
    void a_table_that_cannot_be_reached_is_a_persistence_exception_with_its_cause() {
        try (DynamoDbClient refused = TestClients.skill(TestClients.refusing(), new TestClients.CallCounter())) {
            DynamoDbPersistenceAdapter down = new DynamoDbPersistenceAdapter(refused, table, Clock.systemUTC(), null);

            assertThatThrownBy(() -> down.getAttributes(launch))
                    .isInstanceOf(PersistenceException.class)
                    .hasCauseInstanceOf(SdkException.class)
                    .message()
                    .doesNotContain(userId);
        }
    }
}
