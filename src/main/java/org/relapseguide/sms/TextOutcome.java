package org.relapseguide.sms;

/** How a request to text the details ended, which decides exactly what the caregiver hears. */
public record TextOutcome(Status status, String lastTwoDigits, String messageId) {

    /** Every way texting can end. Only {@link #SENT} may be spoken as a sent text. */
    public enum Status {
        SENT,
        NO_NUMBER,
        NEEDS_CONSENT,
        NUMBER_UNAVAILABLE,
        OPTED_OUT,
        SEND_FAILED,
        RECENTLY_SENT,
        DAILY_LIMIT,
        /** The limits could not be checked (the ledger is down), so nothing was sent. */
        LIMITS_UNAVAILABLE,
        /** Slow dependencies spent the text path's time budget before the text could be sent, so it was not. */
        OUT_OF_TIME,
        /** This deployment has no SMS set up. */
        TEXTING_OFF
    }

    public TextOutcome {
        if (status == Status.SENT && (messageId == null || messageId.isBlank())) {
            throw new IllegalArgumentException("A text counts as sent only with the provider's message id");
        }
    }

    public static TextOutcome sent(String lastTwoDigits, String messageId) {
        return new TextOutcome(Status.SENT, lastTwoDigits, messageId);
    }

    public static TextOutcome of(Status status) {
        return new TextOutcome(status, null, null);
    }
}
