package org.relapseguide.sms;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import org.relapseguide.content.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Texts a topic's details to the caregiver: finds the number, checks it has not opted out, sends, and reports
 * exactly what happened. It logs at most the number's last two digits and never the message.
 */
public final class TextingService {
    private static final Logger LOG = LoggerFactory.getLogger(TextingService.class);

    private final PhoneNumbers phoneNumbers;
    private final SmsSender sender;

    public TextingService(PhoneNumbers phoneNumbers, SmsSender sender) {
        this.phoneNumbers = phoneNumbers;
        this.sender = sender;
    }

    public TextOutcome text(HandlerInput input, Topic topic, String message) {
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
        String number = lookup.phoneNumber();
        try {
            if (sender.isOptedOut(number)) {
                LOG.info("Text for topic {} not sent: phone ending {} has opted out", topic.id(), lookup.lastTwoDigits());
                return TextOutcome.of(TextOutcome.Status.OPTED_OUT);
            }
            String messageId = sender.send(number, message);
            LOG.info("Texted topic {} to phone ending {}", topic.id(), lookup.lastTwoDigits());
            return TextOutcome.sent(lookup.lastTwoDigits(), messageId);
        } catch (SmsException e) {
            LOG.warn("Text for topic {} failed", topic.id(), e);
            return TextOutcome.of(TextOutcome.Status.SEND_FAILED);
        }
    }
}
