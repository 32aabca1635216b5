package org.relapseguide.snapstart;

import com.amazon.ask.model.RequestEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.relapseguide.sms.InMemoryTextLedger;
import org.relapseguide.sms.PhoneLookup;
import org.relapseguide.sms.PhoneNumbers;
import org.relapseguide.sms.SmsException;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.sms.TextLedger;
import org.relapseguide.sms.TextLedgerException;
import org.relapseguide.sms.TextLimits;
import org.relapseguide.users.CaregiverStore;

/**
 * Wraps the ports that reach the outside world so that, while priming, they have no side effects, and otherwise
 * pass every call straight through. Reads that change nothing (the content table, a caregiver lookup) still run,
 * so the snapshot holds their warmed code paths.
 */
public final class PrimingGuards {
    /** The number a primed "text me" pretends to find: a fictional 555-01xx number, never dialled. */
    static final String PRIMING_PHONE = "+15555550100";

    static final String PRIMING_MESSAGE_ID = "primed-not-sent";

    private PrimingGuards() {}

    /** No Customer Profile call while priming. */
    public static PhoneNumbers phoneNumbers(PhoneNumbers real, Priming priming) {
        return input -> priming.active() ? PhoneLookup.found(PRIMING_PHONE) : real.lookup(input);
    }

    /** No opt-out check and no Publish while priming. */
    public static SmsSender sms(SmsSender real, Priming priming) {
        return new SmsSender() {
            @Override
            public String send(String phoneNumber, String body) throws SmsException {
                return priming.active() ? PRIMING_MESSAGE_ID : real.send(phoneNumber, body);
            }

            @Override
            public boolean isOptedOut(String phoneNumber) throws SmsException {
                return !priming.active() && real.isOptedOut(phoneNumber);
            }

            @Override
            public boolean isSwitchedOff() {
                return real.isSwitchedOff();
            }
        };
    }

    /** Text limits counted in a throwaway ledger while priming, so the users table is not written. */
    public static TextLedger textLedger(TextLedger real, Priming priming) {
        TextLedger scratch = new InMemoryTextLedger();
        return new TextLedger() {
            @Override
            public Reservation reserve(
                    String userKey, String topicId, TextLimits limits, Instant now, Duration patience)
                    throws TextLedgerException {
                return (priming.active() ? scratch : real).reserve(userKey, topicId, limits, now, patience);
            }

            @Override
            public void confirm(Reservation reservation, String messageId, Instant now) throws TextLedgerException {
                (priming.active() ? scratch : real).confirm(reservation, messageId, now);
            }

            @Override
            public void release(Reservation reservation, Instant now) throws TextLedgerException {
                (priming.active() ? scratch : real).release(reservation, now);
            }
        };
    }

    /** Caregivers are read while priming (a lookup changes nothing) but never written or deleted. */
    public static CaregiverStore caregivers(CaregiverStore real, Priming priming) {
        return new CaregiverStore() {
            @Override
            public boolean remembers() {
                return real.remembers();
            }

            @Override
            public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
                return real.getAttributes(envelope);
            }

            @Override
            public void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {
                if (!priming.active()) {
                    real.saveAttributes(envelope, attributes);
                }
            }

            @Override
            public void deleteAttributes(RequestEnvelope envelope) {
                if (!priming.active()) {
                    real.deleteAttributes(envelope);
                }
            }
        };
    }
}
