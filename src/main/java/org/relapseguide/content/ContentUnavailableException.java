package org.relapseguide.content;

/** The content table could not be read (down, throttled, too slow, or holding no usable content). */
public final class ContentUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ContentUnavailableException(String message) {
        super(message);
    }
}
