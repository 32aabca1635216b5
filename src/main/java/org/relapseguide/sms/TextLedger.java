package org.relapseguide.sms;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps each caregiver's recent texts so the limits hold even when two requests arrive at once: a text is reserved
 * before it is sent (atomically, so only one of two concurrent requests gets the reservation), released if the send
 * fails so a failure does not use up the quota, and confirmed with the provider's message id once sent. A reservation
 * never confirmed counts only for {@link TextHistory#UNCONFIRMED_COUNTS_FOR}, so one that was lost can never have a
 * caregiver told a text was sent when none was.
 */
public interface TextLedger {

    /**
     * Reserves one text of a topic for a caregiver, if the limits allow it.
     *
     * @param userKey the caregiver's {@code UserKey}, never the raw Alexa user id
     * @param topicId the topic to be texted
     * @param limits the resend window and the daily limit
     * @param now the time of the request
     * @param patience how long it may keep trying while other requests of the same caregiver write first (at least
     *     one try is made); past it, a reservation not yet made is a ledger failure
     * @return the reservation, or which limit refused it
     * @throws TextLedgerException when the ledger could not be read or written, so the limits cannot be guaranteed;
     *     a reservation whose write failed but landed has been given back, or stops counting in time
     */
    Reservation reserve(String userKey, String topicId, TextLimits limits, Instant now, Duration patience)
            throws TextLedgerException;

    /**
     * Gives a reservation back after a failed send, so it does not count against the caregiver.
     *
     * @param reservation a granted reservation
     * @param now the time of the release
     * @throws TextLedgerException when the ledger could not be written; the reservation then still counts, until
     *     {@link TextHistory#UNCONFIRMED_COUNTS_FOR} after it was made
     */
    void release(Reservation reservation, Instant now) throws TextLedgerException;

    /**
     * Records the provider's message id against a reservation whose text was sent.
     *
     * @param reservation a granted reservation
     * @param messageId the id the provider returned
     * @param now the time of the confirmation
     * @throws TextLedgerException when the ledger could not be written; the text then counts only until
     *     {@link TextHistory#UNCONFIRMED_COUNTS_FOR} after it was reserved
     */
    void confirm(Reservation reservation, String messageId, Instant now) throws TextLedgerException;

    /** The answer to a reservation: granted with its id, or refused by a limit. */
    record Reservation(TextHistory.Verdict verdict, String userKey, String id) {

        public static Reservation granted(String userKey, String id) {
            return new Reservation(TextHistory.Verdict.ALLOWED, userKey, id);
        }

        public static Reservation refused(TextHistory.Verdict verdict) {
            return new Reservation(verdict, null, null);
        }

        public boolean isGranted() {
            return verdict == TextHistory.Verdict.ALLOWED;
        }
    }
}
