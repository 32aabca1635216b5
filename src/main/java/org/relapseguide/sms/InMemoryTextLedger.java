package org.relapseguide.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text ledger of one running instance, in memory: for the local runner, the tests, and a deployment without a
 * users table (where each Lambda instance then keeps its own count, so the limits hold per instance only).
 */
public final class InMemoryTextLedger implements TextLedger {
    private final Map<String, TextHistory> histories = new ConcurrentHashMap<>();

    @Override
    public Reservation reserve(String userKey, String topicId, TextLimits limits, Instant now, Duration patience) {
        String id = UUID.randomUUID().toString();
        Reservation[] result = new Reservation[1];
        // compute() holds the key's lock, so the check and the reservation are one step.
        histories.compute(userKey, (key, stored) -> {
            TextHistory recent = (stored == null ? TextHistory.EMPTY : stored).recentAt(now);
            TextHistory.Verdict verdict = recent.check(topicId, now, limits);
            if (verdict != TextHistory.Verdict.ALLOWED) {
                result[0] = Reservation.refused(verdict);
                return recent;
            }
            result[0] = Reservation.granted(userKey, id);
            return recent.with(new TextHistory.Entry(id, topicId, now, null));
        });
        return result[0];
    }

    @Override
    public void release(Reservation reservation, Instant now) {
        histories.computeIfPresent(reservation.userKey(), (key, stored) -> stored.without(reservation.id()));
    }

    @Override
    public void confirm(Reservation reservation, String messageId, Instant now) {
        histories.computeIfPresent(
                reservation.userKey(), (key, stored) -> stored.confirmed(reservation.id(), messageId));
    }
}
