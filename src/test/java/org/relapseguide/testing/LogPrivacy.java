package org.relapseguide.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The rules every log line must keep: no phone number, no text-message body, no Alexa user id, no token. */
public final class LogPrivacy {
    private static final List<Rule> RULES = List.of(
            new Rule("an E.164 phone number", Pattern.compile("\\+\\d{8,15}")),
            new Rule("a ten-digit phone number", Pattern.compile("(?<![\\d.:-])\\d{10}(?![\\d.])")),
            new Rule(
                    "a formatted phone number",
                    Pattern.compile("(?<![\\d.])\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}(?![\\d.])")),
            new Rule("a raw Alexa user id", Pattern.compile("amzn1\\.ask\\.account", Pattern.CASE_INSENSITIVE)),
            new Rule("a person id", Pattern.compile("amzn1\\.ask\\.person", Pattern.CASE_INSENSITIVE)),
            new Rule(
                    "an access token",
                    Pattern.compile("access-token|apiAccessToken|Bearer ", Pattern.CASE_INSENSITIVE)),
            new Rule("a text-message body", Pattern.compile("Reply STOP to opt out")));

    /** One thing a log line must never contain. */
    public record Rule(String name, Pattern pattern) {}

    /** A line that broke a rule. */
    public record Violation(String rule, String line) {}

    private LogPrivacy() {}

    /**
     * Checks lines one at a time as they are logged, keeping only those that break a rule (the first
     * {@value #KEPT_LINES}; the count goes on), so it can watch any number of lines in fixed memory.
     */
    public static final class Audit implements Consumer<String> {
        private static final int KEPT_LINES = 100;
        private final List<String> messageBodies;
        private final AtomicLong lines = new AtomicLong();
        private final AtomicInteger violating = new AtomicInteger();
        private final ConcurrentLinkedQueue<Violation> kept = new ConcurrentLinkedQueue<>();

        /** @param messageBodies the text-message bodies no line may contain */
        public Audit(List<String> messageBodies) {
            this.messageBodies = List.copyOf(messageBodies);
        }

        @Override
        public void accept(String line) {
            lines.incrementAndGet();
            List<Violation> found = LogPrivacy.violations(List.of(line), messageBodies);
            if (!found.isEmpty() && violating.getAndIncrement() < KEPT_LINES) {
                kept.addAll(found);
            }
        }

        /** How many lines were checked. */
        public long lines() {
            return lines.get();
        }

        /** How many of them broke a rule. */
        public int violatingLines() {
            return violating.get();
        }

        /** The rules broken, with the lines that broke them. */
        public List<Violation> violations() {
            return List.copyOf(kept);
        }
    }

    public static List<Violation> violations(List<String> lines, List<String> messageBodies) {
        List<Violation> found = new ArrayList<>();
        for (String line : lines) {
            for (Rule rule : RULES) {
                if (rule.pattern().matcher(line).find()) {
                    found.add(new Violation(rule.name(), line));
                }
            }
            for (String body : messageBodies) {
                if (!body.isBlank() && line.contains(body)) {
                    found.add(new Violation("a text-message body", line));
                }
            }
        }
        return found;
    }
}
