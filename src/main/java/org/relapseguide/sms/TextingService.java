package org.relapseguide.sms;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.aws.SnsClients;
import org.relapseguide.content.Topic;
import org.relapseguide.users.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Texts a topic's details to the caregiver and reports exactly what happened: finds the number, checks it has not
 * opted out, reserves the text against the limits, sends, then confirms the reservation (or releases it when the send
 * failed, so a failure does not use up the quota). When the limits cannot be checked it does not send: it fails
 * closed. Every step keeps to a time budget, so slow dependencies cannot add up past it. It logs at most the
 * number's last two digits and never the message.
 */
public final class TextingService {
    private static final Logger LOG = LoggerFactory.getLogger(TextingService.class);

    /**
     * How long the whole text path may take, and how long any one of its steps (the number lookup, the opt-out check,
     * a ledger call, the publish) may take at most: a step starts only when it can still finish inside the total.
     * The exceptions are the ledger step that ends a reservation, which always runs: giving back the reservation of a
     * text that was not sent (left in the ledger, it would have the next "text me" wrongly told the text was sent a
     * few minutes ago), and recording the message id of a text that was (without it, the text stops counting once the
     * path has {@link #settled}).
     */
    public record TimeBudget(Duration total, Duration longestStep) {
        /**
         * 2.5 s in all, well inside Alexa's 8 s; each step at most the longest call timeout among the Customer
         * Profile API's and SNS's (a users-table call is bounded tighter, at 600 ms). Each alone already bounds a hung
         * dependency; the total stops several slow-but-answering ones from adding up to 3 or 4 s.
         */
        public static final TimeBudget DEFAULT = new TimeBudget(
                Duration.ofMillis(2500), max(UrlConnectionApiClient.CALL_TIMEOUT, SnsClients.CALL_TIMEOUT));

        /**
         * When a text path that reserved a text has certainly ended its reservation: the budget, then the one ledger
         * step that always runs, which keeps retrying lost races for {@link #longestStep} and may then still be
         * waiting on one read and one write of the users table.
         */
        public Duration settled() {
            return total.plus(longestStep).plus(DynamoDbClients.CALL_TIMEOUT.multipliedBy(2));
        }

        private static Duration max(Duration a, Duration b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }

    private final PhoneNumbers phoneNumbers;
    private final SmsSender sender;
    private final TextLedger ledger;
    private final TextLimits limits;
    private final Clock clock;
    private final TimeBudget budget;
    private final LongSupplier nanoTime;

    /**
     * @param clock the time texts are counted at, in the ledger
     * @param nanoTime the monotonic clock the time budget is kept with
     */
    public TextingService(
            PhoneNumbers phoneNumbers,
            SmsSender sender,
            TextLedger ledger,
            TextLimits limits,
            Clock clock,
            TimeBudget budget,
            LongSupplier nanoTime) {
        this.phoneNumbers = phoneNumbers;
        this.sender = sender;
        this.ledger = ledger;
        this.limits = limits;
        this.clock = clock;
        this.budget = budget;
        this.nanoTime = nanoTime;
    }

    /** The service with the default time budget. */
    public TextingService(
            PhoneNumbers phoneNumbers, SmsSender sender, TextLedger ledger, TextLimits limits, Clock clock) {
        this(phoneNumbers, sender, ledger, limits, clock, TimeBudget.DEFAULT, System::nanoTime);
    }

    /** The time one text path has left, counted from its first step. */
    private final class Deadline {
        private final long started = nanoTime.getAsLong();

        boolean hasRoomForAStep() {
            return elapsedNanos() + budget.longestStep().toNanos()
                    <= budget.total().toNanos();
        }

        /** How long a step may keep retrying and still leave room for the step after it. */
        Duration leftBeforeTheNextStep() {
            long left = budget.total().toNanos() - budget.longestStep().toNanos() - elapsedNanos();
            return Duration.ofNanos(Math.max(0, left));
        }

        long elapsedMillis() {
            return elapsedNanos() / 1_000_000;
        }

        private long elapsedNanos() {
            return nanoTime.getAsLong() - started;
        }
    }

    public TextOutcome text(HandlerInput input, Topic topic, String message) {
        if (sender.isSwitchedOff()) {
            return TextOutcome.of(TextOutcome.Status.TEXTING_OFF);
        }
        Deadline deadline = new Deadline();
        PhoneLookup lookup = phoneNumbers.lookup(input);
        switch (lookup.status()) {
            case NO_NUMBER:
                return TextOutcome.of(TextOutcome.Status.NO_NUMBER);
            case NO_CONSENT:
                return TextOutcome.of(TextOutcome.Status.NEEDS_CONSENT);
            case UNAVAILABLE:
                return TextOutcome.of(TextOutcome.Status.NUMBER_UNAVAILABLE);
            default:
                break;
        }
        Optional<String> userKey = UserKey.of(input.getRequestEnvelope());
        if (userKey.isEmpty()) {
            LOG.warn("Text for topic {} not sent: the request has no user id to count it against", topic.id());
            return TextOutcome.of(TextOutcome.Status.LIMITS_UNAVAILABLE);
        }
        if (!deadline.hasRoomForAStep()) {
            return outOfTime(topic, deadline, "the opt-out check");
        }
        try {
            if (sender.isOptedOut(lookup.phoneNumber())) {
                LOG.info(
                        "Text for topic {} not sent: phone ending {} has opted out",
                        topic.id(),
                        lookup.lastTwoDigits());
                return TextOutcome.of(TextOutcome.Status.OPTED_OUT);
            }
        } catch (SmsException e) {
            LOG.warn("Text for topic {} not sent: the opt-out check failed", topic.id(), e);
            return TextOutcome.of(TextOutcome.Status.SEND_FAILED);
        }
        if (!deadline.hasRoomForAStep()) {
            return outOfTime(topic, deadline, "reserving the text");
        }
        return reserveAndSend(userKey.get(), topic, lookup, message, deadline);
    }

    private TextOutcome reserveAndSend(
            String userKey, Topic topic, PhoneLookup lookup, String message, Deadline deadline) {
        TextLedger.Reservation reservation;
        try {
            // Lost races are retried while a publish could still follow inside the budget.
            reservation =
                    ledger.reserve(userKey, topic.id(), limits, clock.instant(), deadline.leftBeforeTheNextStep());
        } catch (TextLedgerException e) {
            LOG.warn("Text for topic {} not sent: the text limits could not be checked", topic.id(), e);
            return TextOutcome.of(TextOutcome.Status.LIMITS_UNAVAILABLE);
        }
        switch (reservation.verdict()) {
            case RECENTLY_SENT:
                return TextOutcome.of(TextOutcome.Status.RECENTLY_SENT);
            case DAILY_LIMIT:
                return TextOutcome.of(TextOutcome.Status.DAILY_LIMIT);
            default:
                break;
        }
        if (!deadline.hasRoomForAStep()) {
            release(reservation, topic);
            return outOfTime(topic, deadline, "sending");
        }
        String messageId;
        try {
            messageId = sender.send(lookup.phoneNumber(), message);
        } catch (SmsException e) {
            LOG.warn("Text for topic {} to phone ending {} failed", topic.id(), lookup.lastTwoDigits(), e);
            release(reservation, topic);
            return TextOutcome.of(TextOutcome.Status.SEND_FAILED);
        }
        LOG.info("Texted topic {} to phone ending {}", topic.id(), lookup.lastTwoDigits());
        // Recorded even past the budget: a reservation without a message id stops counting once the path has settled.
        try {
            ledger.confirm(reservation, messageId, clock.instant());
        } catch (TextLedgerException e) {
            LOG.warn(
                    "Texted topic {} but could not record its message id; it counts for {} s only",
                    topic.id(),
                    TextHistory.UNCONFIRMED_COUNTS_FOR.toSeconds(),
                    e);
        }
        return TextOutcome.sent(lookup.lastTwoDigits(), messageId);
    }

    private TextOutcome outOfTime(Topic topic, Deadline deadline, String step) {
        LOG.warn(
                "Text for topic {} not sent: {} ms of the {} ms text budget spent before {}",
                topic.id(),
                deadline.elapsedMillis(),
                budget.total().toMillis(),
                step);
        return TextOutcome.of(TextOutcome.Status.OUT_OF_TIME);
    }

    private void release(TextLedger.Reservation reservation, Topic topic) {
        try {
            ledger.release(reservation, clock.instant());
        } catch (TextLedgerException e) {
            // The reservation, never confirmed, stops counting once the text path has settled.
            LOG.warn("Could not release the reservation of a failed text for topic {}", topic.id(), e);
        }
    }
}
