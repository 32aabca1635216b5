package org.relapseguide.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
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
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The test DynamoDB server speaks the real protocol to the real SDK client, survives restarts (empty in memory, with
 * its data on disk) and clients that hang up mid-request, and is reachable on loopback only.
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
    @Tag("slow") // starts a server of its own and restarts it
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

    @Test
    @Tag("slow") // five kills and restarts
    void a_private_server_comes_back_after_one_kill_and_restart_after_another() {
        Dynalite own = Dynalite.start();
        try {
            for (int round = 0; round < 5; round++) {
                own.kill();
                own.restart();

                try (DynamoDbClient client = own.client()) {
                    assertThat(client.listTables().tableNames()).isEmpty();
                }
            }
        } finally {
            own.kill();
        }
    }

    @Test
    void the_server_outlives_a_client_that_hangs_up_in_the_middle_of_a_request(Dynalite dynalite) throws Exception {
        for (boolean reset : List.of(false, true)) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), dynalite.port())) {
                socket.getOutputStream()
                        .write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                        + "Content-Type: application/x-amz-json-1.0\r\n"
                                        + "X-Amz-Target: DynamoDB_20120810.ListTables\r\n"
                                        + "Content-Length: 100\r\n\r\n{\"Limit\":")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(100);
                if (reset) {
                    socket.setSoLinger(true, 0);
                }
            }
        }
        Thread.sleep(200);

        try (DynamoDbClient client = dynalite.client()) {
            assertThat(client.listTables().tableNames()).isNotNull();
        }
    }

    @Test
    void the_server_listens_on_loopback_only(Dynalite dynalite) throws Exception {
        List<InetAddress> elsewhere = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address)
                .toList();
        assumeThat(elsewhere)
                .as("this machine has a network address besides loopback")
                .isNotEmpty();

        for (InetAddress address : elsewhere) {
            assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, dynalite.port()), 1_000);
                        }
                    })
                    .as("connecting on %s", address)
                    .isInstanceOf(IOException.class);
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
        // dynalite makes a new table ACTIVE a moment after it answers (a persistent one after its write to disk).
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (client.describeTable(r -> r.tableName("probe")).table().tableStatus() != TableStatus.ACTIVE) {
            assertThat(System.nanoTime()).as("the probe table becomes ACTIVE").isLessThan(giveUp);
            Thread.onSpinWait();
        }
    }
}
