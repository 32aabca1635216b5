package org.relapseguide.sms;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/** Finds the caregiver's mobile number, fresh for each text, never stored. */
public interface PhoneNumbers {

    /**
     * Looks up the mobile number of the account the request comes from.
     *
     * @param input the request, whose API endpoint and access token authorise the lookup
     * @return the number, or why there is none; never throws
     */
    PhoneLookup lookup(HandlerInput input);
}
