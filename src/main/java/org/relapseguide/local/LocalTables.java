package org.relapseguide.local;

import java.io.PrintStream;
import java.time.Duration;
import org.relapseguide.content.ContentItems;
import org.relapseguide.users.UsersTable;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Creates the two tables for the command line on a local DynamoDB-API server; in AWS the template creates them. */
public final class LocalTables {
    public static final String DEFAULT_CONTENT_TABLE = "relapse-guide-content";
    public static final String DEFAULT_USERS_TABLE = "relapse-guide-users";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration WAIT_AT_MOST = Duration.ofMinutes(1);

    private LocalTables() {}

    public static void createContentTable(DynamoDbClient client, String table, PrintStream out) {
        create(client, table, out, key(ContentItems.LOCALE, KeyType.HASH), key(ContentItems.TOPIC_ID, KeyType.RANGE));
    }

    public static void createUsersTable(DynamoDbClient client, String table, PrintStream out) {
        create(client, table, out, key(UsersTable.USER_KEY, KeyType.HASH));
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static void create(DynamoDbClient client, String table, PrintStream out, KeySchemaElement... keys) {
        try {
            client.describeTable(r -> r.tableName(table));
            return;
        } catch (ResourceNotFoundException absent) {
            // created below
        }
        AttributeDefinition[] attributes = new AttributeDefinition[keys.length];
        for (int i = 0; i < keys.length; i++) {
            attributes[i] = AttributeDefinition.builder()
                    .attributeName(keys[i].attributeName())
                    .attributeType(ScalarAttributeType.S)
                    .build();
        }
        client.createTable(r -> r.tableName(table)
                .keySchema(keys)
                .attributeDefinitions(attributes)
                .billingMode(BillingMode.PAY_PER_REQUEST));
        // A local server makes a table ACTIVE within milliseconds, but the SDK's own waiter, if its first look finds
        // the
        // table still CREATING, sleeps 20 s before the next: ask every 100 ms instead, for up to a minute.
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
                .client(client)
                .overrideConfiguration(o -> o.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(POLL))
                        .waitTimeout(WAIT_AT_MOST))
                .build()) {
            waiter.waitUntilTableExists(r -> r.tableName(table));
        }
        out.println("Created table " + table + ".");
    }
}
