package org.relapseguide.sms;

import com.amazon.ask.model.services.ApiClient;
import java.util.Objects;

/**
 * How the skill reaches a caregiver's phone: where it finds the number, what sends the text, and the transport
 * Alexa's APIs are called through. Lambda wires SNS and the Customer Profile API, the local runner an outbox and a
 * simulated phone, and a deployment without texting {@link #off()}.
 */
public record Texting(PhoneNumbers phoneNumbers, SmsSender sender, ApiClient alexaApi) {

    public Texting {
        Objects.requireNonNull(phoneNumbers, "phoneNumbers");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(alexaApi, "alexaApi");
    }

    /** Texting switched off: the skill never offers a text, and says so if asked. */
    public static Texting off() {
        return new Texting(new UnavailablePhoneNumbers(), new UnconfiguredSmsSender(), new UnreachableApiClient());
    }

    /** A phone and sender that need no Alexa API (a simulated phone, a test fake). */
    public static Texting without(PhoneNumbers phoneNumbers, SmsSender sender) {
        return new Texting(phoneNumbers, sender, new UnreachableApiClient());
    }
}
