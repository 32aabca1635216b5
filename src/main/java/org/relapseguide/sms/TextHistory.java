package org.relapseguide.sms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One caregiver's texts of the last 24 hours, including ones reserved and still being sent: the pure rules both
 * ledgers apply, so the in-memory and the DynamoDB ledger cannot disagree about a limit.
 */
public record TextHistory(List<Entry> entries) {
    public static final TextHistory EMPTY = new TextHistory(List.of());

    /** One text: reserved at {@code at}; {@code messageId} is set once the provider accepted it. */
    public record Entry(String id, String topicId, Instant at, String messageId) {}

    /** What the limits say about one more text. */
    public enum Verdict {
        ALLOWED,
        RECENTLY_SENT,
        DAILY_LIMIT
    }

    public TextHistory {
        entries = List.copyOf(entries);
    }

    /** Only the texts that still count at {@code now}: those of the last 24 hours. */
    public TextHistory recentAt(Instant now) {
        Instant dayAgo = now.minus(TextLimits.DAY);
        return new TextHistory(
                entries.stream().filter(e -> e.at().isAfter(dayAgo)).toList());
    }

    /** Whether {@code topicId} may be texted at {@code now}; a repeat of the same topic is reported first. */
    public Verdict check(String topicId, Instant now, TextLimits limits) {
        Instant resendAfter = now.minus(limits.resendWindow());
        boolean repeat = entries.stream().anyMatch(e -> e.topicId().equals(topicId) && e.at().isAfter(resendAfter));
        if (repeat) {
            return Verdict.RECENTLY_SENT;
        }
        long today = entries.stream()
                .filter(e -> e.at().isAfter(now.minus(TextLimits.DAY)))
                .count();
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
