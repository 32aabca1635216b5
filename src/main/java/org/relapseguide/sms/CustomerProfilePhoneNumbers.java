package org.relapseguide.sms;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.services.SerializerException;
import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.ups.PhoneNumber;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caregiver's mobile number from the Alexa Customer Profile API ({@code Profile.mobileNumber} of the account),
 * asked fresh for every text and never kept. The API itself decides consent: a 401 or 403 means the caregiver has not
 * allowed the skill to read it. Needs the skill built with an {@code ApiClient} (see {@link UrlConnectionApiClient}).
 */
public final class CustomerProfilePhoneNumbers implements PhoneNumbers {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerProfilePhoneNumbers.class);
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;

    @Override
    public PhoneLookup lookup(HandlerInput input) {
        PhoneNumber number;
        try {
            number = input.getServiceClientFactory().getUpsService().getProfileMobileNumber();
        } catch (ServiceException e) {
            if (e.getStatusCode() == UNAUTHORIZED || e.getStatusCode() == FORBIDDEN) {
                return PhoneLookup.of(PhoneLookup.Status.NO_CONSENT);
            }
            // 429, 5xx, or a timeout or refused connection, which the SDK reports as 500.
            LOG.warn("Customer Profile API gave no number: status {}", e.getStatusCode(), e);
            return PhoneLookup.of(PhoneLookup.Status.UNAVAILABLE);
        } catch (AskSdkException | SerializerException e) {
            // An answer that is not the documented JSON (the skill's serializer or the SDK's own reports it).
            LOG.warn("Customer Profile API gave an unreadable answer", e);
            return PhoneLookup.of(PhoneLookup.Status.UNAVAILABLE);
        }
        if (number == null) {
            // 204: the account has no mobile number.
            return PhoneLookup.of(PhoneLookup.Status.NO_NUMBER);
        }
        Optional<String> e164 = E164.of(number.getCountryCode(), number.getPhoneNumber());
        if (e164.isEmpty()) {
            LOG.warn("Customer Profile API gave a mobile number that is not a plausible international number");
            return PhoneLookup.of(PhoneLookup.Status.NO_NUMBER);
        }
        return PhoneLookup.found(e164.get());
    }
}
