package org.relapseguide.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The rules every log line must keep: no phone number, no text-message body, no Alexa user id, no token. */
public final class LogPrivacy {
    private static final List<Rule> RULES = List.of(
            Rule.phoneNumber("an E.164 phone number", "\\+\\d{8,15}"),
            Rule.phoneNumber("a ten-digit phone number", "(?<![\\d.:-])\\d{10}(?![\\d.])"),
            Rule.phoneNumber("a formatted phone number", "(?<![\\d.])\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}(?![\\d.])"),
            Rule.anyCase("a raw Alexa user id", "amzn1.ask.account"),
            Rule.anyCase("a person id", "amzn1.ask.person"),
            Rule.anyCase("an access token", "access-token", "apiaccesstoken", "bearer "),
            new Rule("a text-message body", line -> line.contains("Reply STOP to opt out")));

    /** One thing a log line must never contain. */
    public record Rule(String name, Predicate<String> brokenBy) {
        /**
         * A phone-number pattern. Its look-arounds cost a character-class test at every position of a line, so it
         * runs only on lines that {@link #mightHoldAPhoneNumber could hold one}: that keeps the audit, which checks
         * every line as it is logged, off the load test's figures.
         */
        static Rule phoneNumber(String name, String regex) {
            Pattern pattern = Pattern.compile(regex);
            return new Rule(
                    name,
                    line -> mightHoldAPhoneNumber(line) && pattern.matcher(line).find());
        }

        /** Any of these words, in any case. */
        static Rule anyCase(String name, String... lowerCase) {
            return new Rule(name, line -> {
                String lower = line.toLowerCase(Locale.ROOT);
                return Arrays.stream(lowerCase).anyMatch(lower::contains);
            });
        }
    }

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
                if (rule.brokenBy().test(line)) {
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

    /**
     * Whether a line has what every phone-number rule needs: a '+' before a digit, a run of ten or more digits, or
     * a run of exactly three followed by ')', '-', '.' or a space. One pass over the line.
     */
    static boolean mightHoldAPhoneNumber(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                if (run >= 10 || (run == 1 && i > 0 && line.charAt(i - 1) == '+')) {
                    return true;
                }
            } else {
                if (run == 3 && (c == ')' || c == '-' || c == '.' || c == ' ')) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }
}
