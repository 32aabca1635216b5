package org.relapseguide.screen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An APL version, such as {@code 1.9} or {@code 2023.3}, ordered the way Amazon numbers them. */
record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {
    private static final Pattern FORM = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,3})");

    static Optional<ApiVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text);
        return matcher.matches()
                ? Optional.of(new ApiVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    @Override
    public int compareTo(ApiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
