package org.relapseguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.relapseguide.aws.DynamoDbClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The skill's own DynamoDB client (its timeouts and retries), pointed at a loopback server, counting its calls. */
public final class TestClients {
    private TestClients() {}

    /** Counts the SDK calls a client makes. */
    public static final class CallCounter implements ExecutionInterceptor {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            calls.incrementAndGet();
        }

        public int calls() {
            return calls.get();
        }
    }

    public static DynamoDbClient skill(URI endpoint, CallCounter counter) {
        return DynamoDbClients.skillClient()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(DynamoDbClients.skillLimits().toBuilder()
                        .addExecutionInterceptor(counter)
                        .build())
                .build();
    }

    private static final AtomicInteger TABLES = new AtomicInteger();

    /**
     * A table name not yet used on the shared server. A counter, not a UUID: the skill logs its table names, and
     * a UUID's run of ten digits reads as a phone number to the suite's log-privacy audit.
     */
    public static String tableName(String prefix) {
        return prefix + "-" + TABLES.incrementAndGet();
    }

    /** A loopback address where nothing listens, so every connection is refused. */
    public static URI refusing() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
