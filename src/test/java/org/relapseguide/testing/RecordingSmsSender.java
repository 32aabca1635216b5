package org.relapseguide.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.relapseguide.sms.SmsSender;

/** A fake of the skill's own SMS port that records every text instead of sending it. */
public final class RecordingSmsSender implements SmsSender {
    /** One text as it would have been sent. */
    public record Sent(String phoneNumber, String body) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public String send(String phoneNumber, String body) {
        sent.add(new Sent(phoneNumber, body));
        return "test-message-" + sent.size();
    }

    @Override
    public boolean isOptedOut(String phoneNumber) {
        return false;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }
}
