package org.relapseguide.sms;

/** The text ledger could not be read or written; the cause is kept for the log. */
public class TextLedgerException extends Exception {
    private static final long serialVersionUID = 1L;

    public TextLedgerException(String message, Throwable cause) {
        super(message, cause);
    }

    public TextLedgerException(String message) {
        super(message);
    }
}
