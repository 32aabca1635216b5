package org.relapseguide.local;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.util.concurrent.atomic.AtomicBoolean;
import org.relapseguide.sms.PhoneLookup;
import org.relapseguide.sms.PhoneNumbers;

/**
 * The local runner's caregiver: the mobile number on their account (or none), and whether they have allowed the skill
 * to read it. Until they allow it the lookup says no consent, as the Customer Profile API's 403 would; saying yes to
 * Alexa's consent question in {@code chat} allows it, as it would on the account.
 */
public final class SimulatedCaregiverPhone implements PhoneNumbers {
    private final String number;
    private final AtomicBoolean allowed;

    /**
     * @param number the E.164 number on the account, or null for an account without one
     * @param allowed whether the caregiver has already allowed the skill to read it
     */
    public SimulatedCaregiverPhone(String number, boolean allowed) {
        this.number = number;
        this.allowed = new AtomicBoolean(allowed);
    }

    @Override
    public PhoneLookup lookup(HandlerInput input) {
        if (!allowed.get()) {
            return PhoneLookup.of(PhoneLookup.Status.NO_CONSENT);
        }
        return number == null ? PhoneLookup.of(PhoneLookup.Status.NO_NUMBER) : PhoneLookup.found(number);
    }

    /** The caregiver said yes to sharing their number. */
    public void allow() {
        allowed.set(true);
    }
}
