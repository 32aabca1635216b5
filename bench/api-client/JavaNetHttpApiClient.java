import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A candidate ApiClient measured by bench/api-client.sh and not chosen: java.net.http.HttpClient with a connect
 * timeout and a bound on the whole call. It loads about 1,100 more classes
 * and costs several hundred ms more on a cold start than UrlConnectionApiClient. Not part of the skill.
 */
public final class JavaNetHttpApiClient implements ApiClient {
    /** Connect quickly or not at all: the API is in the same region as the skill. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** The whole call, headers and body; the text path must still answer well inside Alexa's 8 seconds. */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);
    /** Headers the JDK client sets itself and refuses to take from the caller. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient http;
    private final Duration callTimeout;

    public JavaNetHttpApiClient(Duration connectTimeout, Duration callTimeout) {
        this.http = HttpClient.newBuilder()
                // HTTP/1.1 keeps a plain-http stub or proxy from being offered an h2c upgrade it may mishandle.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.callTimeout = callTimeout;
    }

    /** The client with the skill's production timeouts. */
    public static JavaNetHttpApiClient withDefaultTimeouts() {
        return new JavaNetHttpApiClient(CONNECT_TIMEOUT, CALL_TIMEOUT);
    }

    /**
     * Sends one request. A transport failure or timeout is thrown unchecked; the SDK's service client turns it into a
     * {@code ServiceException} with status 500, which callers treat as "unavailable".
     */
    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.getUrl())).timeout(callTimeout);
        if (request.getHeaders() != null) {
            for (Pair<String, String> header : request.getHeaders()) {
                if (header.getValue() != null && !RESTRICTED.contains(header.getName().toLowerCase(Locale.ROOT))) {
                    builder.header(header.getName(), header.getValue());
                }
            }
        }
        HttpRequest.BodyPublisher body = request.getBody() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.getBody());
        builder.method(request.getMethod(), body);
        HttpResponse<String> response = await(http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString()));
        ApiClientResponse result = new ApiClientResponse();
        result.setStatusCode(response.statusCode());
        result.setHeaders(headers(response.headers().map()));
        result.setBody(response.body());
        return result;
    }

    // The request timeout only covers the wait for headers; waiting on the future bounds the body as well.
    private HttpResponse<String> await(CompletableFuture<HttpResponse<String>> call) {
        try {
            return call.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new UncheckedIOException(new IOException("No complete answer within " + callTimeout.toMillis()
                    + " ms", e));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Interrupted while waiting for the answer", e));
        }
    }

    private static List<Pair<String, String>> headers(Map<String, List<String>> map) {
        List<Pair<String, String>> headers = new ArrayList<>();
        map.forEach((name, values) -> values.forEach(value -> headers.add(new Pair<>(name, value))));
        return headers;
    }
}
