package org.relapseguide.sms;

import java.util.Optional;

/**
 * Turns the Customer Profile API's two parts, {@code countryCode} ("+1" or "1") and {@code phoneNumber} (digits, maybe
 * with spaces, dashes, dots or brackets), into one E.164 number, or nothing when they cannot make a plausible one.
 * Without a numbering-plan library it can only be plausible: "+", the country code, the national number without a
 * trunk "0", 7 to 15 digits in all, and exactly 10 national digits for North America (country code 1).
 */
public final class E164 {
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    private static final String NORTH_AMERICA = "1";
    private static final int NORTH_AMERICA_NATIONAL_DIGITS = 10;

    private E164() {}

    public static Optional<String> of(String countryCode, String phoneNumber) {
        if (phoneNumber == null || phoneNumber.isBlank()) {
            return Optional.empty();
        }
        if (phoneNumber.strip().startsWith("+")) {
            // Already international: the country code is in it.
            return plausible(digits(phoneNumber));
        }
        String country = digits(countryCode == null ? "" : countryCode);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String national = digits(phoneNumber);
        if (national.startsWith("0")) {
            national = national.substring(1);
        }
        boolean countryRepeated = national.startsWith(country)
                && (country.equals(NORTH_AMERICA)
                        ? national.length() == NORTH_AMERICA_NATIONAL_DIGITS + 1
                        : country.length() + national.length() > MAX_DIGITS);
        if (countryRepeated) {
            national = national.substring(country.length());
        }
        return plausible(country + national);
    }

    private static Optional<String> plausible(String digits) {
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || digits.startsWith("0")) {
            return Optional.empty();
        }
        if (digits.startsWith(NORTH_AMERICA)
                && digits.length() != NORTH_AMERICA.length() + NORTH_AMERICA_NATIONAL_DIGITS) {
            return Optional.empty();
        }
        return Optional.of("+" + digits);
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (Character.isLetter(c)) {
                // "555-CALL" or an extension marker: not a number a text can go to.
                return "";
            }
        }
        return out.toString();
    }
}
