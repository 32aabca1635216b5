package org.relapseguide.sms;

/** Sends a text message to a phone. */
public interface SmsSender {

    /**
     * Sends one text message.
     *
     * @param phoneNumber the destination in E.164 form, e.g. {@code +15555550123}
     * @param body the message, already limited to GSM-7 characters and two segments
     * @return the id the provider gave the message; only a returned id means it was sent
     * @throws SmsException when the provider refused, throttled or could not be reached
     */
    String send(String phoneNumber, String body) throws SmsException;

    /**
     * Tells whether the number has opted out of our texts (a send to it would be accepted and silently dropped).
     *
     * @param phoneNumber the destination in E.164 form
     * @return true when texts to the number are blocked
     * @throws SmsException when the check could not be made
     */
    boolean isOptedOut(String phoneNumber) throws SmsException;

    /**
     * Tells whether this deployment cannot text at all; then the skill asks neither for the caregiver's number nor for
     * their consent, and says so.
     *
     * @return true only for a deployment with no SMS set up
     */
    default boolean isSwitchedOff() {
        return false;
    }
}
