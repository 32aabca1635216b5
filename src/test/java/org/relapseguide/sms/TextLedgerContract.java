package org.relapseguide.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every text ledger promises, run against each of them. */
abstract class TextLedgerContract {
    static final TextLimits LIMITS = TextLimits.of(10, 5);
    static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");
    /** What a text path gives a reservation when its earlier steps were quick. */
    static final Duration PATIENCE = Duration.ofMillis(1_400);

    /** A ledger with nothing in it, for caregivers no other test uses. */
    abstract TextLedger ledger();

    /** A caregiver key no other test uses. */
    abstract String caregiver();

    @Test
    void a_first_text_is_granted() throws Exception {
        assertThat(ledger().reserve(caregiver(), "mrd", LIMITS, NOON, PATIENCE).isGranted())
                .isTrue();
    }

    /** A text sent: reserved, then confirmed with its message id. */
    static void sent(TextLedger ledger, String caregiver, String topic, Instant at) throws Exception {
        TextLedger.Reservation reservation = ledger.reserve(caregiver, topic, LIMITS, at, PATIENCE);
        assertThat(reservation.isGranted()).isTrue();
        ledger.confirm(reservation, "message-" + topic, at.plusSeconds(1));
    }

    @Test
    void the_same_topic_within_the_resend_window_is_refused_and_after_it_is_granted() throws Exception {
        TextLedger ledger = ledger();
        String caregiver = caregiver();
        sent(ledger, caregiver, "mrd", NOON);

        assertThat(ledger.reserve(caregiver, "mrd", LIMITS, NOON.plus(Duration.ofMinutes(9)), PATIENCE)
                        .verdict())
                .isEqualTo(TextHistory.Verdict.RECENTLY_SENT);
        assertThat(ledger.reserve(caregiver, "mrd", LIMITS, NOON.plus(Duration.ofMinutes(11)), PATIENCE)
                        .isGranted())
                .isTrue();
    }

    @Test
    void a_sixth_text_within_24_hours_is_refused_and_a_day_later_it_is_granted() throws Exception {
        TextLedger ledger = ledger();
        String caregiver = caregiver();
        for (int i = 0; i < 5; i++) {
            sent(ledger, caregiver, "topic-" + i, NOON.plus(Duration.ofMinutes(i)));
        }

        assertThat(ledger.reserve(caregiver, "topic-5", LIMITS, NOON.plus(Duration.ofHours(23)), PATIENCE)
                        .verdict())
                .isEqualTo(TextHistory.Verdict.DAILY_LIMIT);
        assertThat(ledger.reserve(
                                caregiver,
                                "topic-5",
                                LIMITS,
                                NOON.plus(Duration.ofHours(24).plusMinutes(1)),
                                PATIENCE)
                        .isGranted())
                .isTrue();
    }

    @Test
    void a_released_reservation_does_not_count() throws Exception {
        TextLedger ledger = ledger();
        String caregiver = caregiver();
        TextLedger.Reservation failed = ledger.reserve(caregiver, "mrd", LIMITS, NOON, PATIENCE);

        ledger.release(failed, NOON.plusSeconds(1));

        assertThat(ledger.reserve(caregiver, "mrd", LIMITS, NOON.plusSeconds(2), PATIENCE)
                        .isGranted())
                .isTrue();
    }

    @Test
    void a_confirmed_reservation_keeps_counting() throws Exception {
        TextLedger ledger = ledger();
        String caregiver = caregiver();
        TextLedger.Reservation sent = ledger.reserve(caregiver, "mrd", LIMITS, NOON, PATIENCE);

        ledger.confirm(sent, "message-1", NOON.plusSeconds(1));

        Instant settled = NOON.plus(TextHistory.UNCONFIRMED_COUNTS_FOR).plusSeconds(1);
        assertThat(ledger.reserve(caregiver, "mrd", LIMITS, settled, PATIENCE).verdict())
                .isEqualTo(TextHistory.Verdict.RECENTLY_SENT);
    }

    @Test
    void a_reservation_still_being_sent_counts_against_a_second_request() throws Exception {
        TextLedger ledger = ledger();
        String caregiver = caregiver();
        ledger.reserve(caregiver, "mrd", LIMITS, NOON, PATIENCE);

        assertThat(ledger.reserve(caregiver, "mrd", LIMITS, NOON.plusSeconds(2), PATIENCE)
                        .verdict())
                .isEqualTo(TextHistory.Verdict.RECENTLY_SENT);
    }

    @Test
    void a_reservation_never_confirmed_stops_counting_once_the_text_path_has_settled() throws Exception {
        TextLedger ledger = ledger();
        String caregiver = caregiver();
        ledger.reserve(caregiver, "mrd", LIMITS, NOON, PATIENCE);
        Instant settled = NOON.plus(TextHistory.UNCONFIRMED_COUNTS_FOR).plusMillis(1);

        assertThat(ledger.reserve(caregiver, "mrd", LIMITS, settled, PATIENCE).isGranted())
                .isTrue();
    }

    @Test
    void reservations_never_confirmed_do_not_use_up_the_day() throws Exception {
        TextLedger ledger = ledger();
        String caregiver = caregiver();
        for (int i = 0; i < 5; i++) {
            ledger.reserve(caregiver, "topic-" + i, LIMITS, NOON, PATIENCE);
        }
        Instant settled = NOON.plus(TextHistory.UNCONFIRMED_COUNTS_FOR).plusMillis(1);

        assertThat(ledger.reserve(caregiver, "topic-5", LIMITS, settled, PATIENCE)
                        .isGranted())
                .isTrue();
    }

    @Test
    void caregivers_are_counted_apart() throws Exception {
        TextLedger ledger = ledger();
        ledger.reserve(caregiver(), "mrd", LIMITS, NOON, PATIENCE);

        assertThat(ledger.reserve(caregiver(), "mrd", LIMITS, NOON, PATIENCE).isGranted())
                .isTrue();
    }

    @Test
    void a_daily_limit_of_zero_refuses_every_text() throws Exception {
        assertThat(ledger().reserve(caregiver(), "mrd", TextLimits.of(10, 0), NOON, PATIENCE)
                        .verdict())
                .isEqualTo(TextHistory.Verdict.DAILY_LIMIT);
    }
}
