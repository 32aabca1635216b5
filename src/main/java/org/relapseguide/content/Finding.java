package org.relapseguide.content;

/** One problem the validator found in a content file, naming where it is. */
public record Finding(String where, String rule, String message) {

    @Override
    public String toString() {
        return where + ": " + message + " [" + rule + "]";
    }
}
