package org.relapseguide.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The test DynamoDB server speaks the real protocol to the real SDK client, and survives a restart: empty in memory,
 * with its data on disk.
 */
@ExtendWith(DynaliteExtension.class)
class DynaliteExtensionTest {

    @Test
    void the_sdk_client_creates_and_lists_a_table(Dynalite dynalite) {
        try (DynamoDbClient client = dynalite.client()) {
            createProbeTable(client);

            assertThat(client.listTables().tableNames()).contains("probe");
        }
    }

    @Test
    void a_private_server_can_be_killed_and_restarted_on_the_same_port() {
        Dynalite own = Dynalite.start();
        try {
            int port = own.port();
            own.kill();
            assertThat(own.isRunning()).isFalse();

            own.restart();

            assertThat(own.isRunning()).isTrue();
            assertThat(own.port()).isEqualTo(port);
            try (DynamoDbClient client = own.client()) {
                assertThat(client.listTables().tableNames()).isEmpty();
            }
        } finally {
            own.kill();
        }
    }

    @Test
    void a_persistent_server_keeps_its_tables_and_items_through_a_kill_and_a_restart(@TempDir Path directory) {
        Dynalite own = Dynalite.startPersistent(directory);
        try {
            try (DynamoDbClient client = own.client()) {
                createProbeTable(client);
                client.putItem(r -> r.tableName("probe")
                        .item(Map.of(
                                "id",
                                AttributeValue.fromS("kept"),
                                "value",
                                AttributeValue.fromS("written before the crash"))));
            }

            own.kill();
            own.restart();

            try (DynamoDbClient client = own.client()) {
                assertThat(client.getItem(r -> r.tableName("probe").key(Map.of("id", AttributeValue.fromS("kept"))))
                                .item())
                        .containsEntry("value", AttributeValue.fromS("written before the crash"));
            }
        } finally {
            own.kill();
        }
    }

    private static void createProbeTable(DynamoDbClient client) {
        client.createTable(r -> r.tableName("probe")
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("id")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("id")
                        .keyType(KeyType.HASH)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }
}
