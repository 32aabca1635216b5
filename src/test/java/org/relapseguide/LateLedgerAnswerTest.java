package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.local.LocalTables;
import org.relapseguide.sms.CustomerProfilePhoneNumbers;
import org.relapseguide.sms.DynamoDbTextLedger;
import org.relapseguide.sms.SnsSmsSender;
import org.relapseguide.sms.Texting;
import org.relapseguide.sms.UrlConnectionApiClient;
import org.relapseguide.testing.DelayingProxy;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.ProfileApiStub;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.SnsStub;
import org.relapseguide.testing.TestClients;
import org.relapseguide.users.UserKey;
import org.relapseguide.users.UsersTable;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Two skill instances sharing one users table, one of them behind a network that answers its text-ledger writes
 * late (1.6 s, past the skill's 600 ms for a users-table call), through the Lambda entry point: the caregiver on the
 * slow instance hears the honest failure, the next "text me" on the healthy instance sends the text, and the ledger
 * ends with exactly one entry, confirmed with its message id. Before, the late write's reservation stayed in the
 * ledger and the second caregiver was told the text had been sent a few minutes ago, with nothing published.
 */
@Tag("slow")
@ExtendWith(DynaliteExtension.class)
class LateLedgerAnswerTest {
    private static final Duration LATE = Duration.ofMillis(1_600);
    /** The ledger's item beside the caregiver's own, as {@code docs/data.md} lays out the users table. */
    private static final String LEDGER_SUFFIX = "#texts";

    private static final Speech SPEECH = Speech.load("en-US");

    private final ProfileApiStub profile = new ProfileApiStub().givesNumber("+1", "5555550147");
    private final SnsStub sns = new SnsStub();

    @AfterEach
    void stop() {
        profile.close();
        sns.close();
    }

    /** The skill as deployed, its ledger on the given client. */
    private SkillHarness instance(DynamoDbClient dynamo, String table) {
        return new SkillHarness(SkillFactory.Ports.of(InMemoryContentRepository.bundled())
                .withTexting(new Texting(
                        new CustomerProfilePhoneNumbers(),
                        new SnsSmsSender(sns.client(), "+18885550100", null),
                        UrlConnectionApiClient.withDefaultTimeouts()))
                .withTextLedger(new DynamoDbTextLedger(dynamo, table)));
    }

    /**
     * @param hold {@code ANSWER}: every ledger write of the slow instance lands at once and is answered late;
     *     {@code REQUEST}: the reservation's write (both of the SDK's tries) reaches the table late
     * @param times how many ledger writes the network delays
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ANSWER, 100", "REQUEST, 2"})
    void a_reservation_answered_late_is_an_honest_failure_and_does_not_stop_the_next_text(
            DelayingProxy.Hold hold, int times, Dynalite dynalite) throws Exception {
        DynamoDbClient healthy = dynalite.client();
        String table = TestClients.tableName("users");
        LocalTables.createUsersTable(healthy, table, new PrintStream(OutputStream.nullOutputStream()));
        Heard failed;
        long failedMillis;
        try (DelayingProxy proxy = DelayingProxy.to(dynalite.endpoint())
                        .delay(
                                (operation, body) -> operation.equals("PutItem") && body.contains(LEDGER_SUFFIX),
                                hold,
                                LATE,
                                times);
                DynamoDbClient slow = TestClients.skill(proxy.endpoint(), new TestClients.CallCounter())) {

            long started = System.nanoTime();
            failed = instance(slow, table).invoke(profile.pointAt(Events.load("text-details")));
            failedMillis = (System.nanoTime() - started) / 1_000_000;
            proxy.awaitQuiet(Duration.ofSeconds(30));
        }
        Heard next = instance(healthy, table).invoke(profile.pointAt(Events.load("text-details")));

        assertThat(failed.speech())
                .startsWith(SPEECH.get(Phrase.TEXT_SEND_FAILED))
                .doesNotContain("Done");
        assertThat(next.speech()).as("the late reservation does not count").startsWith("Done.");
        assertThat(sns.publishes()).hasSize(1);
        assertThat(ledgerEntries(healthy, table))
                .singleElement()
                .satisfies(entry -> assertThat(entry.m().get("messageId").s()).isEqualTo(SnsStub.MESSAGE_ID));
        System.out.printf(
                "Late ledger answer (%s held %d ms, %d writes): \"couldn't send\" in %d ms; the next text sent;"
                        + " one confirmed entry%n",
                hold, LATE.toMillis(), times, failedMillis);
    }

    /** The texts in the ledger item of the caregiver of {@code events/text-details.json}. */
    private static List<AttributeValue> ledgerEntries(DynamoDbClient dynamo, String table) {
        String userId = Events.load("text-details")
                .path("context")
                .path("System")
                .path("user")
                .path("userId")
                .asText();
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                        .key(Map.of(UsersTable.USER_KEY, AttributeValue.fromS(UserKey.of(userId) + LEDGER_SUFFIX)))
                        .consistentRead(true))
                .item();
        return item.get("texts").l();
    }
}
