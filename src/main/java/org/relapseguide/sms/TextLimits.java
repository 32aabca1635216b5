package org.relapseguide.sms;

import java.time.Duration;

/**
 * The limits that protect caregivers and the bill: the same topic is not texted to the same caregiver again within
 * {@code resendWindow}, and nobody gets more than {@code dailyLimit} texts in any 24 hours.
 */
public record TextLimits(Duration resendWindow, int dailyLimit) {
    /** The rolling window the daily limit counts over. */
    public static final Duration DAY = Duration.ofHours(24);

    public TextLimits {
        if (resendWindow == null || resendWindow.isNegative() || dailyLimit < 0) {
            throw new IllegalArgumentException("Text limits must not be negative");
        }
    }

    public static TextLimits of(int resendMinutes, int dailyLimit) {
        return new TextLimits(Duration.ofMinutes(resendMinutes), dailyLimit);
    }
}
