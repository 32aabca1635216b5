package org.relapseguide.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One caregiver's texts of the last 24 hours, including ones reserved and still being sent: the pure rules both
 * ledgers apply, so the in-memory and the DynamoDB ledger cannot disagree about a limit.
 */
public record TextHistory(List<Entry> entries) {
    public static final TextHistory EMPTY = new TextHistory(List.of());
    /**
     * How long a reservation without a message id counts. By then the request that made it has sent its text and
     * recorded the message id, or given the reservation back; one still unconfirmed was lost (a write whose answer
     * never came, an instance that stopped), and counting it would have the next "text me" wrongly told the text was
     * sent. One second more than the path takes to settle, as the DynamoDB ledger keeps times to the second.
     */
    public static final Duration UNCONFIRMED_COUNTS_FOR =
            TextingService.TimeBudget.DEFAULT.settled().plusSeconds(1);

    /** One text: reserved at {@code at}; {@code messageId} is set once the provider accepted it. */
    public record Entry(String id, String topicId, Instant at, String messageId) {
        boolean countsAt(Instant now) {
            Duration counts = messageId == null ? UNCONFIRMED_COUNTS_FOR : TextLimits.DAY;
            return at.isAfter(now.minus(counts));
        }
    }

    /** What the limits say about one more text. */
    public enum Verdict {
        ALLOWED,
        RECENTLY_SENT,
        DAILY_LIMIT
    }

    public TextHistory {
        entries = List.copyOf(entries);
    }

    /**
     * Only the texts that still count at {@code now}: those of the last 24 hours, less reservations that never got a
     * message id and are older than {@link #UNCONFIRMED_COUNTS_FOR}.
     */
    public TextHistory recentAt(Instant now) {
        return new TextHistory(entries.stream().filter(e -> e.countsAt(now)).toList());
    }

    /** Whether {@code topicId} may be texted at {@code now}; a repeat of the same topic is reported first. */
    public Verdict check(String topicId, Instant now, TextLimits limits) {
        Instant resendAfter = now.minus(limits.resendWindow());
        boolean repeat = entries.stream()
                .anyMatch(e -> e.topicId().equals(topicId) && e.at().isAfter(resendAfter) && e.countsAt(now));
        if (repeat) {
            return Verdict.RECENTLY_SENT;
        }
        long today = entries.stream().filter(e -> e.countsAt(now)).count();
        return today >= limits.dailyLimit() ? Verdict.DAILY_LIMIT : Verdict.ALLOWED;
    }

    public TextHistory with(Entry entry) {
        List<Entry> next = new ArrayList<>(entries);
        next.add(entry);
        return new TextHistory(next);
    }

    public TextHistory without(String id) {
        return new TextHistory(entries.stream().filter(e -> !e.id().equals(id)).toList());
    }

    public TextHistory confirmed(String id, String messageId) {
        return new TextHistory(entries.stream()
                .map(e -> e.id().equals(id) ? new Entry(e.id(), e.topicId(), e.at(), messageId) : e)
                .toList());
    }

    public boolean contains(String id) {
        return entries.stream().anyMatch(e -> e.id().equals(id));
    }
}
