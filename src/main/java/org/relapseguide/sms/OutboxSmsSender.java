package org.relapseguide.sms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** The local stand-in for SMS: prints each text and appends it to an outbox file, so nothing leaves the machine. */
public final class OutboxSmsSender implements SmsSender {
    private final Path outbox;
    private final PrintStream console;
    private final Clock clock;
    private final AtomicLong sent = new AtomicLong();

    public OutboxSmsSender(Path outbox, PrintStream console, Clock clock) {
        this.outbox = outbox;
        this.console = console;
        this.clock = clock;
    }

    @Override
    public synchronized String send(String phoneNumber, String body) throws SmsException {
        String id = "outbox-" + sent.incrementAndGet();
        String entry = "--- " + id + " at " + clock.instant() + " to " + phoneNumber + System.lineSeparator() + body
                + System.lineSeparator();
        try {
            Path parent = outbox.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(
                    outbox, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new SmsException("Could not write to the local outbox", e);
        }
        if (console != null) {
            console.print("[outbox] " + entry);
        }
        return id;
    }

    @Override
    public boolean isOptedOut(String phoneNumber) {
        return false;
    }

    public Path outbox() {
        return outbox;
    }
}
