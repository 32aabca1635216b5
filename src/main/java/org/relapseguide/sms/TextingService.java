package org.relapseguide.sms;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import java.time.Clock;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.users.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Texts a topic's details to the caregiver and reports exactly what happened: finds the number, checks it has not
 * opted out, reserves the text against the limits, sends, then confirms the reservation (or releases it when the send
 * failed, so a failure does not use up the quota). When the limits cannot be checked it does not send: it fails
 * closed. It logs at most the number's last two digits and never the message.
 */
public final class TextingService {
    private static final Logger LOG = LoggerFactory.getLogger(TextingService.class);

    private final PhoneNumbers phoneNumbers;
    private final SmsSender sender;
    private final TextLedger ledger;
    private final TextLimits limits;
    private final Clock clock;

    public TextingService(PhoneNumbers phoneNumbers, SmsSender sender, TextLedger ledger, TextLimits limits,
            Clock clock) {
        this.phoneNumbers = phoneNumbers;
        this.sender = sender;
        this.ledger = ledger;
        this.limits = limits;
        this.clock = clock;
    }

    public TextOutcome text(HandlerInput input, Topic topic, String message) {
        if (sender.isSwitchedOff()) {
            return TextOutcome.of(TextOutcome.Status.TEXTING_OFF);
        }
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
        Optional<String> userKey = userKey(input.getRequestEnvelope());
        if (userKey.isEmpty()) {
            LOG.warn("Text for topic {} not sent: the request has no user id to count it against", topic.id());
            return TextOutcome.of(TextOutcome.Status.LIMITS_UNAVAILABLE);
        }
        try {
            if (sender.isOptedOut(lookup.phoneNumber())) {
                LOG.info("Text for topic {} not sent: phone ending {} has opted out", topic.id(), lookup.lastTwoDigits());
                return TextOutcome.of(TextOutcome.Status.OPTED_OUT);
            }
        } catch (SmsException e) {
            LOG.warn("Text for topic {} not sent: the opt-out check failed", topic.id(), e);
            return TextOutcome.of(TextOutcome.Status.SEND_FAILED);
        }
        return reserveAndSend(userKey.get(), topic, lookup, message);
    }

    private TextOutcome reserveAndSend(String userKey, Topic topic, PhoneLookup lookup, String message) {
        TextLedger.Reservation reservation;
        try {
            reservation = ledger.reserve(userKey, topic.id(), limits, clock.instant());
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
        String messageId;
        try {
            messageId = sender.send(lookup.phoneNumber(), message);
        } catch (SmsException e) {
            LOG.warn("Text for topic {} to phone ending {} failed", topic.id(), lookup.lastTwoDigits(), e);
            release(reservation, topic);
            return TextOutcome.of(TextOutcome.Status.SEND_FAILED);
        }
        LOG.info("Texted topic {} to phone ending {}", topic.id(), lookup.lastTwoDigits());
        try {
            ledger.confirm(reservation, messageId, clock.instant());
        } catch (TextLedgerException e) {
            // The text went out and its reservation already counts; only the message id is missing from the ledger.
            LOG.warn("Texted topic {} but could not record its message id", topic.id(), e);
        }
        return TextOutcome.sent(lookup.lastTwoDigits(), messageId);
    }

    private void release(TextLedger.Reservation reservation, Topic topic) {
        try {
            ledger.release(reservation, clock.instant());
        } catch (TextLedgerException e) {
            // Erring towards the limits: the failed text keeps counting until it ages out.
            LOG.warn("Could not release the reservation of a failed text for topic {}", topic.id(), e);
        }
    }

    private static Optional<String> userKey(RequestEnvelope envelope) {
        String userId = null;
        if (envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getUser() != null) {
            userId = envelope.getContext().getSystem().getUser().getUserId();
        } else if (envelope.getSession() != null && envelope.getSession().getUser() != null) {
            userId = envelope.getSession().getUser().getUserId();
        }
        return userId == null || userId.isBlank() ? Optional.empty() : Optional.of(UserKey.of(userId));
    }
}
