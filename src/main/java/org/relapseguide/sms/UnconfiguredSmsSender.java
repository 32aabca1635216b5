package org.relapseguide.sms;

/** The sender of a deployment with no SMS set up: it refuses, so the skill never claims a text it did not send. */
public final class UnconfiguredSmsSender implements SmsSender {
    @Override
    public String send(String phoneNumber, String body) throws SmsException {
        throw new SmsException("SMS is not configured for this deployment");
    }

    @Override
    public boolean isOptedOut(String phoneNumber) throws SmsException {
        throw new SmsException("SMS is not configured for this deployment");
    }

    @Override
    public boolean isSwitchedOff() {
        return true;
    }
}
