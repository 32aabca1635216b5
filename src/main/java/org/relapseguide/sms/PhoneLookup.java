package org.relapseguide.sms;

/** The result of asking for a caregiver's mobile number; the number itself is only ever held for one request. */
public record PhoneLookup(Status status, String phoneNumber) {

    /** How the lookup went. */
    public enum Status {
        FOUND,
        /** The account has no mobile number. */
        NO_NUMBER,
        /** The caregiver has not allowed the skill to read it. */
        NO_CONSENT,
        /** The profile service failed, throttled or timed out. */
        UNAVAILABLE
    }

    public PhoneLookup {
        if (status == Status.FOUND && (phoneNumber == null || phoneNumber.isBlank())) {
            throw new IllegalArgumentException("A found lookup needs a number");
        }
    }

    public static PhoneLookup found(String e164) {
        return new PhoneLookup(Status.FOUND, e164);
    }

    public static PhoneLookup of(Status status) {
        return new PhoneLookup(status, null);
    }

    /** The last two digits, the most of a number the skill ever says or logs. */
    public String lastTwoDigits() {
        if (phoneNumber == null || phoneNumber.length() < 2) {
            return "";
        }
        return phoneNumber.substring(phoneNumber.length() - 2);
    }

    @Override
    public String toString() {
        return "PhoneLookup[" + status + (phoneNumber == null ? "" : ", ending " + lastTwoDigits()) + "]";
    }
}
