package org.relapseguide.sms;

/** A text message could not be sent or checked; the cause is kept for the log, never shown to a caregiver. */
public class SmsException extends Exception {
    private static final long serialVersionUID = 1L;

    public SmsException(String message, Throwable cause) {
        super(message, cause);
    }

    public SmsException(String message) {
        super(message);
    }
}
