package org.relapseguide.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

/**
 * A loopback proxy in front of a DynamoDB-API server that slows the calls a test chooses, as a flaky network would:
 * it holds a request before passing it on (the write lands late), or passes it on at once and holds the answer (the
 * write lands, the client hears nothing in time). Everything else goes straight through, byte for byte.
 */
public final class DelayingProxy implements AutoCloseable {
    /** Headers the connection to the server sets itself. */
    private static final Set<String> OWN_HEADERS = Set.of("host", "content-length", "connection", "transfer-encoding");

    /** When the delay applies. */
    public enum Hold {
        /** Hold the request, then pass it on: it reaches the server late. */
        REQUEST,
        /** Pass the request on at once, then hold the server's answer: it is done, but answered late. */
        ANSWER
    }

    private final URI target;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "delaying-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile BiPredicate<String, String> chosen = (operation, body) -> false;
    private volatile Hold hold = Hold.ANSWER;
    private volatile Duration delay = Duration.ZERO;
    private final AtomicInteger remaining = new AtomicInteger();

    private DelayingProxy(URI target) {
        this.target = target;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::pass);
        server.start();
    }

    /** Starts a proxy that passes everything straight on to {@code target}. */
    public static DelayingProxy to(URI target) {
        return new DelayingProxy(target);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Delays the next {@code times} calls for which {@code chosen} holds, given the operation (e.g. {@code PutItem})
     * and the request body.
     */
    public DelayingProxy delay(BiPredicate<String, String> chosen, Hold hold, Duration delay, int times) {
        this.hold = hold;
        this.delay = delay;
        this.remaining.set(times);
        this.chosen = chosen;
        return this;
    }

    /** Waits until no call is held or being passed on, so whatever was delayed has reached the server. */
    public void awaitQuiet(Duration timeout) throws InterruptedException {
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(inFlight.get() + " calls still held after " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private void pass(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
            boolean delayed =
                    chosen.test(operation, new String(body, StandardCharsets.UTF_8)) && remaining.getAndDecrement() > 0;
            if (delayed && hold == Hold.REQUEST) {
                pause(delay);
            }
            HttpURLConnection connection = (HttpURLConnection) this.target
                    .resolve(exchange.getRequestURI().toString())
                    .toURL()
                    .openConnection();
            connection.setRequestMethod(exchange.getRequestMethod());
            for (Map.Entry<String, List<String>> header :
                    exchange.getRequestHeaders().entrySet()) {
                if (!OWN_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    header.getValue().forEach(value -> connection.addRequestProperty(header.getKey(), value));
                }
            }
            connection.setDoOutput(body.length > 0);
            if (body.length > 0) {
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            byte[] answer;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                answer = in == null ? new byte[0] : in.readAllBytes();
            }
            if (delayed && hold == Hold.ANSWER) {
                pause(delay);
            }
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null && !OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            try {
                exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (IOException clientGaveUp) {
                // the client timed out first, which is what a delay is for
            }
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
