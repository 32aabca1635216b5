package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.sms.CustomerProfilePhoneNumbers;
import org.relapseguide.sms.InMemoryTextLedger;
import org.relapseguide.sms.SnsSmsSender;
import org.relapseguide.sms.TextLedger;
import org.relapseguide.sms.TextLimits;
import org.relapseguide.sms.Texting;
import org.relapseguide.sms.UrlConnectionApiClient;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.ProfileApiStub;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.SnsStub;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;

/**
 * "Text me that" with the Customer Profile API, SNS or the text ledger hung or slow under the skill, through the
 * Lambda entry point: the caregiver always hears an honest answer, within 3 seconds with one dependency hung, and
 * within the text path's 2.5 s budget when every step is slow but still inside its own timeout.
 */
@Tag("slow")
class HungDependenciesTest {
    /** Far past every call timeout (1 s). */
    private static final int HUNG_MS = 5_000;
    /** Inside the 1 s call timeouts, but three of them add up to more than the 2.5 s budget. */
    private static final int SLOW_MS = 850;

    private static final long ONE_HUNG_BOUND_MS = 3_000;
    private static final long BUDGET_MS = 2_500;
    /** The one step allowed past the budget: ending a reservation, with a call timeout of at most 1 s. */
    private static final long ONE_STEP_MS = 1_000;

    private static final Speech SPEECH = Speech.load("en-US");
    private static final Map<String, Long> FIGURES = new LinkedHashMap<>();

    private final ProfileApiStub profile = new ProfileApiStub().givesNumber("+1", "5555550147");
    private final SnsStub sns = new SnsStub();
    private final SlowLedger ledger = new SlowLedger();

    /** What the caregiver heard, and how long the whole request took through the entry point. */
    private record Timed(Heard heard, long millis) {}

    /** The in-memory ledger with each call delayed as a test sets: a users table that is slow but answers. */
    private static final class SlowLedger implements TextLedger {
        private final InMemoryTextLedger ledger = new InMemoryTextLedger();
        private volatile int reserveMillis;
        private volatile int confirmMillis;
        private final AtomicInteger releases = new AtomicInteger();
        private final AtomicInteger confirms = new AtomicInteger();

        @Override
        public Reservation reserve(String userKey, String topicId, TextLimits limits, Instant now, Duration patience) {
            pause(reserveMillis);
            return ledger.reserve(userKey, topicId, limits, now, patience);
        }

        @Override
        public void release(Reservation reservation, Instant now) {
            releases.incrementAndGet();
            ledger.release(reservation, now);
        }

        @Override
        public void confirm(Reservation reservation, String messageId, Instant now) {
            pause(confirmMillis);
            confirms.incrementAndGet();
            ledger.confirm(reservation, messageId, now);
        }

        private static void pause(int millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The first text of a JVM loads the SNS and Alexa API clients' classes; the timed ones should not pay for it. */
    @BeforeAll
    static void warmUp() {
        try (ProfileApiStub warmProfile = new ProfileApiStub().givesNumber("+1", "5555550147");
                SnsStub warmSns = new SnsStub()) {
            Heard heard =
                    skill(warmSns, new InMemoryTextLedger()).invoke(warmProfile.pointAt(Events.load("text-details")));
            assertThat(heard.speech()).startsWith("Done.");
        }
    }

    @AfterAll
    static void printFigures() {
        System.out.println("Time to answer \"text me that\": "
                + FIGURES.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue() + " ms")
                        .collect(Collectors.joining("; ")));
    }

    @AfterEach
    void stop() {
        profile.close();
        sns.close();
    }

    private static SkillHarness skill(SnsStub sns, TextLedger ledger) {
        return new SkillHarness(SkillFactory.Ports.of(InMemoryContentRepository.bundled())
                .withTexting(new Texting(
                        new CustomerProfilePhoneNumbers(),
                        new SnsSmsSender(sns.client(), "+18885550100", null),
                        UrlConnectionApiClient.withDefaultTimeouts()))
                .withTextLedger(ledger));
    }

    private Timed textMeThat(SkillHarness skill) {
        long started = System.nanoTime();
        Heard heard = skill.invoke(profile.pointAt(Events.load("text-details")));
        return new Timed(heard, (System.nanoTime() - started) / 1_000_000);
    }

    private static String say(Phrase phrase) {
        return SPEECH.get(phrase);
    }

    @Test
    void a_hung_profile_api_gets_an_honest_sorry_within_three_seconds() {
        profile.hangsFor(HUNG_MS);

        Timed text = textMeThat(skill(sns, ledger));

        FIGURES.put("profile API hung", text.millis());
        assertThat(text.heard().speech())
                .startsWith(say(Phrase.TEXT_NUMBER_UNAVAILABLE))
                .doesNotContain("Done");
        assertThat(text.millis()).isLessThan(ONE_HUNG_BOUND_MS);
        assertThat(sns.calls("CheckIfPhoneNumberIsOptedOut")).isEmpty();
        assertThat(sns.publishes()).isEmpty();
    }

    @Test
    void a_hung_sns_gets_an_honest_sorry_within_three_seconds() {
        sns.hangsFor(HUNG_MS);

        Timed text = textMeThat(skill(sns, ledger));

        FIGURES.put("SNS hung", text.millis());
        assertThat(text.heard().speech())
                .startsWith(say(Phrase.TEXT_SEND_FAILED))
                .doesNotContain("Done");
        assertThat(text.millis()).isLessThan(ONE_HUNG_BOUND_MS);
        assertThat(sns.publishes())
                .as("the opt-out check hung, so no publish was tried")
                .isEmpty();
    }

    @Test
    void an_sns_that_hangs_only_on_the_publish_gets_an_honest_sorry_within_three_seconds_and_keeps_the_quota() {
        sns.publishTakes(HUNG_MS);
        SkillHarness skill = skill(sns, ledger);

        Timed text = textMeThat(skill);
        sns.publishSucceeds();
        Heard retried = skill.invoke(profile.pointAt(Events.load("text-details")));

        FIGURES.put("SNS publish hung", text.millis());
        assertThat(text.heard().speech())
                .startsWith(say(Phrase.TEXT_SEND_FAILED))
                .doesNotContain("Done");
        assertThat(text.millis()).isLessThan(ONE_HUNG_BOUND_MS);
        assertThat(retried.speech())
                .as("the failed text was given back to the quota")
                .startsWith("Done.");
    }

    @Test
    void every_step_slow_but_inside_its_timeout_still_answers_inside_the_text_budget_and_sends_nothing() {
        profile.givesNumberAfter(SLOW_MS);
        sns.optOutCheckTakes(SLOW_MS).publishTakes(SLOW_MS);

        Timed text = textMeThat(skill(sns, ledger));

        FIGURES.put("profile API and SNS each " + SLOW_MS + " ms", text.millis());
        assertThat(text.heard().speech())
                .startsWith(say(Phrase.TEXT_SEND_FAILED))
                .doesNotContain("Done");
        assertThat(text.millis()).isLessThan(BUDGET_MS);
        assertThat(sns.publishes())
                .as("no publish is started that could not finish in time")
                .isEmpty();
        assertThat(ledger.releases)
                .as("stopped before reserving, so nothing to give back")
                .hasValue(0);
    }

    @Test
    void a_slow_number_lookup_alone_still_gets_the_text_sent() {
        profile.givesNumberAfter(SLOW_MS);

        Timed text = textMeThat(skill(sns, ledger));

        FIGURES.put("profile API " + SLOW_MS + " ms, the rest fast (sent)", text.millis());
        assertThat(text.heard().speech()).startsWith("Done.");
        assertThat(text.millis()).isLessThan(BUDGET_MS);
        assertThat(sns.publishes()).hasSize(1);
    }

    /**
     * The text went out inside the budget; recording its message id runs past it, as a text left unconfirmed would
     * stop counting against the limits a few seconds later.
     */
    @Test
    void a_slow_ledger_and_a_slow_publish_still_send_and_record_the_message_id_past_the_budget() {
        ledger.reserveMillis = SLOW_MS;
        ledger.confirmMillis = SLOW_MS;
        sns.publishTakes(SLOW_MS);

        Timed text = textMeThat(skill(sns, ledger));

        FIGURES.put("ledger and SNS publish each " + SLOW_MS + " ms (sent, message id recorded)", text.millis());
        assertThat(text.heard().speech()).startsWith("Done.");
        assertThat(text.millis()).isLessThan(BUDGET_MS + ONE_STEP_MS);
        assertThat(sns.publishes()).hasSize(1);
        assertThat(ledger.confirms).as("the message id is recorded").hasValue(1);
    }

    @Test
    void running_out_of_time_after_reserving_gives_the_reservation_back_so_a_retry_is_sent() {
        profile.givesNumberAfter(SLOW_MS);
        ledger.reserveMillis = SLOW_MS;
        SkillHarness skill = skill(sns, ledger);

        Timed text = textMeThat(skill);
        profile.givesNumber("+1", "5555550147");
        ledger.reserveMillis = 0;
        Heard retried = skill.invoke(profile.pointAt(Events.load("text-details")));

        assertThat(text.heard().speech())
                .startsWith(say(Phrase.TEXT_SEND_FAILED))
                .doesNotContain("Done");
        assertThat(text.millis()).isLessThan(BUDGET_MS);
        assertThat(ledger.releases).hasValue(1);
        assertThat(retried.speech()).startsWith("Done.");
        assertThat(sns.publishes()).hasSize(1);
    }
}
