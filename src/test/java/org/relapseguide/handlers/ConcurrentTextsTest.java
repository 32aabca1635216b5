package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.SkillFactory;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.content.Topic;
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
import org.relapseguide.testing.TestClients;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Many "text me that" at the same moment for one caregiver, through the skill with the users table on a real
 * DynamoDB-API server: for one topic exactly one text goes out, and every other request hears that it was just sent;
 * for different topics, texts go out up to the daily limit and every other request hears the limit.
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

    /** The skill as deployed, its ledger in a fresh users table on dynalite, texting through the stubs. */
    private SkillHarness skill(Dynalite dynalite) {
        DynamoDbClient dynamo = dynalite.client();
        String table = TestClients.tableName("users");
        LocalTables.createUsersTable(dynamo, table, new PrintStream(OutputStream.nullOutputStream()));
        return new SkillHarness(SkillFactory.Ports.of(InMemoryContentRepository.bundled())
                .withTexting(new Texting(
                        new CustomerProfilePhoneNumbers(),
                        new SnsSmsSender(sns.client(), "+18885550100", null),
                        UrlConnectionApiClient.withDefaultTimeouts()))
                .withTextLedger(new DynamoDbTextLedger(dynamo, table)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 20})
    void simultaneous_requests_for_the_same_text_publish_it_once(int requests, Dynalite dynalite) throws Exception {
        SkillHarness skill = skill(dynalite);

        List<Heard> heard = inParallel(requests, () -> skill.invoke(profile.pointAt(Events.load("text-details"))));

        assertThat(sns.publishes()).hasSize(1);
        assertThat(heard).filteredOn(h -> h.speech().startsWith("Done.")).hasSize(1);
        assertThat(heard)
                .filteredOn(h -> h.speech().startsWith(Speech.load("en-US").get(Phrase.TEXT_RECENTLY_SENT)))
                .hasSize(requests - 1);
    }

    /**
     * One caregiver asking for ten different topics at once (from several devices, say), against a daily limit of
     * five: every request is answered, five texts go out and five hear the limit; none hears "couldn't send" while
     * the quota had room, as a ledger that gave up after a few lost races made some do.
     */
    @RepeatedTest(3)
    void simultaneous_requests_for_different_topics_send_up_to_the_daily_limit_and_none_fails(Dynalite dynalite)
            throws Exception {
        SkillHarness skill = skill(dynalite);
        Speech speech = Speech.load("en-US");
        List<Topic> topics =
                InMemoryContentRepository.bundled().content("en-US").topics().subList(0, 10);
        // A warm instance, as SnapStart's priming gives: a cold JVM's first calls alone can spend the text budget.
        assertThat(skill.invoke(textMe(topics.get(0), Events.asInTheFiles().user("amzn1.ask.account.WARMUP")))
                        .speech())
                .startsWith("Done.");
        sns.forgetRequests();
        AtomicInteger next = new AtomicInteger();

        long started = System.nanoTime();
        List<Heard> heard = inParallel(
                topics.size(), () -> skill.invoke(textMe(topics.get(next.getAndIncrement()), Events.asInTheFiles())));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(heard)
                .as("no request failed while the day's quota had room")
                .noneMatch(h -> h.speech().startsWith(speech.get(Phrase.TEXT_SEND_FAILED)));
        assertThat(heard).filteredOn(h -> h.speech().startsWith("Done.")).hasSize(5);
        assertThat(heard)
                .filteredOn(h -> h.speech().startsWith(speech.get(Phrase.TEXT_DAILY_LIMIT)))
                .hasSize(5);
        assertThat(sns.publishes()).hasSize(5);
        System.out.printf(
                "Concurrent texts: 10 topics at once for one caregiver, 5 sent, 5 at the daily limit,"
                        + " none failed, all answered in %d ms%n",
                millis);
    }

    /** "Text me" about a topic, as Alexa sends it once the topic slot resolved. */
    private ObjectNode textMe(Topic topic, Envelopes.Builder envelope) {
        return profile.pointAt(envelope.intent(
                IntentName.TEXT_DETAILS.modelName(),
                Envelopes.Slot.matched(
                        SlotName.TOPIC.modelName(),
                        topic.title(),
                        SlotName.TOPIC.typeName(),
                        topic.id(),
                        topic.title())));
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
