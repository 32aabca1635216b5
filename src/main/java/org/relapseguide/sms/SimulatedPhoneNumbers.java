package org.relapseguide.sms;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/** A phone lookup with a fixed answer: the local runner's simulated caregiver, and tests. */
public final class SimulatedPhoneNumbers implements PhoneNumbers {
    private final PhoneLookup answer;

    public SimulatedPhoneNumbers(PhoneLookup answer) {
        this.answer = answer;
    }

    @Override
    public PhoneLookup lookup(HandlerInput input) {
        return answer;
    }
}
