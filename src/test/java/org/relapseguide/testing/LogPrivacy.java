package org.relapseguide.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules every log line must keep: no phone number, no text-message body, no Alexa user id, no token. */
public final class LogPrivacy {
    private static final List<Rule> RULES = List.of(
            new Rule("an E.164 phone number", Pattern.compile("\\+\\d{8,15}")),
            new Rule("a ten-digit phone number", Pattern.compile("(?<![\\d.:-])\\d{10}(?![\\d.])")),
            new Rule("a formatted phone number",
                    Pattern.compile("(?<![\\d.])\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}(?![\\d.])")),
            new Rule("a raw Alexa user id", Pattern.compile("amzn1\\.ask\\.account", Pattern.CASE_INSENSITIVE)),
            new Rule("a person id", Pattern.compile("amzn1\\.ask\\.person", Pattern.CASE_INSENSITIVE)),
            new Rule("an access token", Pattern.compile("access-token|apiAccessToken|Bearer ",
                    Pattern.CASE_INSENSITIVE)),
            new Rule("a text-message body", Pattern.compile("Reply STOP to opt out")));

    /** One thing a log line must never contain. */
    public record Rule(String name, Pattern pattern) {
    }

    /** A line that broke a rule. */
    public record Violation(String rule, String line) {
    }

    private LogPrivacy() {
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
