package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.SkillFactory;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.local.LocalTables;
import org.relapseguide.sms.CustomerProfilePhoneNumbers;
import org.relapseguide.sms.DynamoDbTextLedger;
import org.relapseguide.sms.SnsSmsSender;
import org.relapseguide.sms.Texting;
import org.relapseguide.sms.UrlConnectionApiClient;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.ProfileApiStub;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.SnsStub;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Many "text me that" at the same moment, for one caregiver and one topic, through the skill with the users table on
 * a real DynamoDB-API server: exactly one text goes out, and every other request hears that it was just sent.
 */
@Tag("slow")
@ExtendWith(DynaliteExtension.class)
class ConcurrentTextsTest {
    private final ProfileApiStub profile = new ProfileApiStub().givesNumber("+1", "5555550147");
    private final SnsStub sns = new SnsStub();

    @AfterEach
    void stop() {
        profile.close();
        sns.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 20})
    void simultaneous_requests_for_the_same_text_publish_it_once(int requests, Dynalite dynalite) throws Exception {
        DynamoDbClient dynamo = dynalite.client();
        String table = "users-" + UUID.randomUUID();
        LocalTables.createUsersTable(dynamo, table, new PrintStream(OutputStream.nullOutputStream()));
        SkillHarness skill = new SkillHarness(SkillFactory.Ports.of(InMemoryContentRepository.bundled())
                .withTexting(new Texting(
                        new CustomerProfilePhoneNumbers(),
                        new SnsSmsSender(sns.client(), "+18885550100", null),
                        UrlConnectionApiClient.withDefaultTimeouts()))
                .withTextLedger(new DynamoDbTextLedger(dynamo, table)));

        List<Heard> heard = inParallel(requests, () -> skill.invoke(profile.pointAt(Events.load("text-details"))));

        assertThat(sns.publishes()).hasSize(1);
        assertThat(heard).filteredOn(h -> h.speech().startsWith("Done.")).hasSize(1);
        assertThat(heard)
                .filteredOn(h -> h.speech().startsWith(Speech.load("en-US").get(Phrase.TEXT_RECENTLY_SENT)))
                .hasSize(requests - 1);
    }

    /** Runs the same request on as many threads, released together. */
    private static List<Heard> inParallel(int requests, Callable<Heard> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Heard>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Heard> heard = new ArrayList<>();
            for (Future<Heard> future : futures) {
                heard.add(future.get(60, TimeUnit.SECONDS));
            }
            return heard;
        } finally {
            pool.shutdownNow();
        }
    }
}
