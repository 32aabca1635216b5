package org.relapseguide.aws;

import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB clients, with region, credentials and endpoint found the SDK's standard way
 * ({@code AWS_REGION}, the default credentials chain, {@code AWS_ENDPOINT_URL_DYNAMODB}).
 */
public final class DynamoDbClients {
    /** One try: a DynamoDB read in the same region takes milliseconds, so this only catches a hung table. */
    public static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(250);
    /** The whole call, both tries and the pause between them: what a hung table costs a request, at most. */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(600);
    /**
     * A cold JVM's first call also loads and links the SDK's request path, which takes several hundred
     * milliseconds on a small Lambda; the first read of each kind gets this much more room.
     */
    public static final AwsRequestOverrideConfiguration FIRST_CALL = AwsRequestOverrideConfiguration.builder()
            .apiCallAttemptTimeout(Duration.ofMillis(1000))
            .apiCallTimeout(Duration.ofMillis(1200))
            .build();

    private DynamoDbClients() {}

    /** The client the skill answers with: two tries at most, short pauses, tight timeouts, as a caregiver waits. */
    public static DynamoDbClient forSkill() {
        return skillClient().build();
    }

    /**
     * Starts building the skill's client on a background thread, so a cold start loads the SDK while the rest of
     * the skill is built and the request is read; the supplier waits for it.
     *
     * @return the client, once built; {@link java.util.concurrent.CompletionException} when it could not be built
     */
    public static Supplier<DynamoDbClient> forSkillInBackground() {
        return Background.build("dynamodb-client", DynamoDbClients::forSkill);
    }

    /** The skill's client, before it is built (tests point it at a local server). */
    public static DynamoDbClientBuilder skillClient() {
        return builder(ATTEMPT_TIMEOUT, skillLimits());
    }

    /** The skill's time limits and retries; a client given other overrides must start from these. */
    public static ClientOverrideConfiguration skillLimits() {
        return limits(ATTEMPT_TIMEOUT, CALL_TIMEOUT, 2);
    }

    /** A patient client for the command-line tools, which can wait for a slow or throttled table. */
    public static DynamoDbClient forTools() {
        Duration attempt = Duration.ofSeconds(5);
        return builder(attempt, limits(attempt, Duration.ofSeconds(60), 8)).build();
    }

    private static DynamoDbClientBuilder builder(Duration attempt, ClientOverrideConfiguration limits) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(attempt)
                        .socketTimeout(attempt)
                        .build())
                .overrideConfiguration(limits);
    }

    private static ClientOverrideConfiguration limits(Duration attempt, Duration call, int attempts) {
        return ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(attempt)
                .apiCallTimeout(call)
                .retryStrategy(retry -> retry.maxAttempts(attempts)
                        .backoffStrategy(
                                BackoffStrategy.exponentialDelay(Duration.ofMillis(20), Duration.ofMillis(200)))
                        .throttlingBackoffStrategy(
                                BackoffStrategy.exponentialDelay(Duration.ofMillis(50), Duration.ofMillis(500))))
                .build();
    }
}
