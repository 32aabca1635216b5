package org.relapseguide.aws;

import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * Builds the SNS client texts are sent with, with region, credentials and endpoint found the SDK's standard way
 * ({@code AWS_REGION}, the default credentials chain, {@code AWS_ENDPOINT_URL_SNS}).
 */
public final class SnsClients {
    /** Connecting to SNS in the skill's own region takes milliseconds; longer means it is down. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** One SNS call, end to end: the opt-out check and the publish each get this at most. */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);

    private SnsClients() {}

    /** The skill's client, before it is built: no retries (a second publish could send a second text). */
    public static SnsClientBuilder skillClient() {
        return SnsClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(CALL_TIMEOUT)
                        .build())
                .overrideConfiguration(
                        o -> o.apiCallTimeout(CALL_TIMEOUT).retryStrategy(AwsRetryStrategy.doNotRetry()));
    }

    /**
     * Starts building the skill's client on a background thread: no answer but a text needs it.
     *
     * @return the client, once built; {@link java.util.concurrent.CompletionException} when it could not be built
     */
    public static Supplier<SnsClient> forSkillInBackground() {
        return Background.build("sns-client", () -> skillClient().build());
    }
}
