package org.relapseguide.sms;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/** The phone lookup of a deployment with texting switched off: every lookup is honestly unavailable. */
public final class UnavailablePhoneNumbers implements PhoneNumbers {
    @Override
    public PhoneLookup lookup(HandlerInput input) {
        return PhoneLookup.of(PhoneLookup.Status.UNAVAILABLE);
    }
}
