package org.relapseguide.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback HTTP server that speaks DynamoDB's JSON protocol ({@code POST /} with an {@code X-Amz-Target} of
 * {@code DynamoDB_20120810.<Operation>}), answering each request as a test scripts it: a body, an error, or
 * silence for longer than the client will wait.
 */
public final class DynamoDbStub implements AutoCloseable {
    private static final String JSON = "application/x-amz-json-1.0";

    /** What to send back for one request. */
    public record Reply(int status, String body, long delayMillis) {
        public static Reply ok(String body) {
            return new Reply(200, body, 0);
        }

        /** DynamoDB's own answer when a table is over its throughput. */
        public static Reply throttled() {
            return new Reply(
                    400,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                            + "ProvisionedThroughputExceededException\",\"message\":\"The level of configured provisioned "
                            + "throughput for the table was exceeded.\"}",
                    0);
        }

        /** DynamoDB's answer to a conditional write whose condition no longer holds: another request wrote first. */
        public static Reply conditionFailed() {
            return new Reply(
                    400,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                            + "\"message\":\"The conditional request failed\"}",
                    0);
        }

        /** A reply that comes only after the given time. */
        public Reply after(long millis) {
            return new Reply(status, body, millis);
        }
    }

    private final HttpServer server;
    private final List<String> operations = new CopyOnWriteArrayList<>();

    private DynamoDbStub(Function<String, Reply> script) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "dynamodb-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> answer(exchange, script));
        server.start();
    }

    /** Starts a stub that answers each operation (e.g. {@code GetItem}) as the script says. */
    public static DynamoDbStub start(Function<String, Reply> script) {
        return new DynamoDbStub(script);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The operations asked for, in order. */
    public List<String> operations() {
        return List.copyOf(operations);
    }

    private void answer(HttpExchange exchange, Function<String, Reply> script) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        operations.add(operation);
        Reply reply = script.apply(operation);
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", JSON);
        exchange.getResponseHeaders().add("x-amzn-RequestId", "stub-request");
        try {
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException clientGaveUp) {
            // the client timed out first, which is what a slow reply is for
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
