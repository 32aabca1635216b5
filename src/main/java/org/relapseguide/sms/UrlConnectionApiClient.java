package org.relapseguide.sms;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP transport the ASK SDK's service clients (the Customer Profile API) need, which ask-sdk-core does not ship:
 * the JDK's {@code HttpURLConnection}, the same transport the AWS SDK clients use here, so it adds no dependency and
 * next to no classes. Chosen over ask-sdk-apache-client and java.net.http by measured cold start (bench/api-client.sh).
 * Connect and read timeouts bound each step, and a watchdog disconnects a call still running after
 * {@code callTimeout}, so a slow-dripping API cannot hold the caregiver either.
 */
public final class UrlConnectionApiClient implements ApiClient {
    /** Connect quickly or not at all: the Alexa API is in the same region as the skill. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** The whole call; the text path must still answer well inside Alexa's 8 seconds. */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);

    private final Duration connectTimeout;
    private final Duration callTimeout;
    private final ScheduledExecutorService watchdog;

    public UrlConnectionApiClient(Duration connectTimeout, Duration callTimeout) {
        this.connectTimeout = connectTimeout;
        this.callTimeout = callTimeout;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "alexa-api-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.watchdog = executor;
    }

    /** The client with the skill's production timeouts. */
    public static UrlConnectionApiClient withDefaultTimeouts() {
        return new UrlConnectionApiClient(CONNECT_TIMEOUT, CALL_TIMEOUT);
    }

    /**
     * Sends one request (GET, POST, PUT, DELETE: the methods HttpURLConnection knows). A transport failure or timeout
     * is thrown unchecked; the SDK's service client turns it into a {@code ServiceException} with status 500, which
     * callers treat as "unavailable".
     */
    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpURLConnection connection = open(request.getUrl());
        ScheduledFuture<?> abort =
                watchdog.schedule(connection::disconnect, callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            connection.setRequestMethod(request.getMethod());
            if (request.getHeaders() != null) {
                for (Pair<String, String> header : request.getHeaders()) {
                    if (header.getValue() != null) {
                        connection.setRequestProperty(header.getName(), header.getValue());
                    }
                }
            }
            if (request.getBody() != null) {
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(request.getBody().getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            String body = body(connection);
            // The watchdog fired and the body still came in (a disconnect does not always stop a read already under
            // way on a kept-alive connection): the call overran its timeout, so its answer is not used.
            if (abort.isDone()) {
                throw new SocketTimeoutException("No complete answer within " + callTimeout.toMillis() + " ms");
            }
            ApiClientResponse response = new ApiClientResponse();
            response.setStatusCode(status);
            response.setHeaders(headers(connection.getHeaderFields()));
            // The SDK parses every error body and fails on none at all, losing the status (a bare 403 would no
            // longer mean "no consent"): an empty error gets an empty JSON object.
            response.setBody(body == null && status >= 300 ? "{}" : body);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            abort.cancel(false);
        }
    }

    private HttpURLConnection open(String url) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout((int) connectTimeout.toMillis());
            connection.setReadTimeout((int) callTimeout.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("Not a usable API URL", e));
        }
    }

    // Reading the body to its end lets the connection go back to the keep-alive pool for the next request.
    private static String body(HttpURLConnection connection) throws IOException {
        InputStream stream =
                connection.getResponseCode() >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (stream == null) {
            return null;
        }
        try (InputStream in = stream) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return body.isEmpty() ? null : body;
        }
    }

    private static List<Pair<String, String>> headers(Map<String, List<String>> fields) {
        List<Pair<String, String>> headers = new ArrayList<>();
        fields.forEach((name, values) -> {
            // The status line comes back under a null name.
            if (name != null) {
                values.forEach(value -> headers.add(new Pair<>(name, value)));
            }
        });
        return headers;
    }
}
