package org.relapseguide.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CloudWatch Logs filter pattern for JSON log events, as CloudWatch reads it: {@code { $.a = "x" && ($.b > 3 || $.c
 * != "y*") }}, with {@code =}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code &&}, {@code ||},
 * parentheses, quoted or bare values and {@code *} as a wildcard in string values. A selector that names no field
 * matches nothing. The subset the deployment's metric filters use, so a test can hold each filter to the log lines the
 * code really writes; anything else it refuses to parse rather than guess.
 */
public final class MetricFilterPattern {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\{|\\}|\\(|\\)|&&|\\|\\||!=|>=|<=|=|>|<|\\$\\.[A-Za-z0-9_.\\[\\]]+|\"(?:\\\\.|[^\"\\\\])*\"|[^\\s(){}=!<>&|\"]+)");

    private final Node root;

    private MetricFilterPattern(Node root) {
        this.root = root;
    }

    /** Reads a JSON filter pattern; throws on anything outside the subset. */
    public static MetricFilterPattern parse(String pattern) {
        Parser parser = new Parser(tokens(pattern));
        parser.expect("{");
        Node root = parser.or();
        parser.expect("}");
        if (parser.more()) {
            throw new IllegalArgumentException("Trailing text in filter pattern: " + pattern);
        }
        return new MetricFilterPattern(root);
    }

    /** Whether a log event (one JSON line) matches. A line that is not a JSON object matches no JSON pattern. */
    public boolean matches(String logLine) {
        JsonNode event;
        try {
            event = MAPPER.readTree(logLine);
        } catch (IOException e) {
            return false;
        }
        return event != null && event.isObject() && root.test(event);
    }

    /** The value a metric transformation's {@code $.field} takes from a log line, or null if it has none. */
    public static JsonNode select(String selector, String logLine) {
        try {
            return field(MAPPER.readTree(logLine), selector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tokens(String pattern) {
        List<String> tokens = new ArrayList<>();
        var matcher = TOKEN.matcher(pattern);
        int at = 0;
        while (at < pattern.length() && matcher.find(at) && matcher.start() == at) {
            tokens.add(matcher.group(1));
            at = matcher.end();
            while (at < pattern.length() && Character.isWhitespace(pattern.charAt(at))) {
                at++;
            }
        }
        if (at < pattern.length()) {
            throw new IllegalArgumentException("Cannot read filter pattern at: " + pattern.substring(at));
        }
        return tokens;
    }

    private static JsonNode field(JsonNode event, String selector) {
        JsonNode node = event;
        for (String name : selector.substring(2).split("\\.")) {
            node = node == null ? null : node.get(name);
        }
        return node;
    }

    private interface Node {
        boolean test(JsonNode event);
    }

    private static final class Parser {
        private final List<String> tokens;
        private int next;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean more() {
            return next < tokens.size();
        }

        String peek() {
            return more() ? tokens.get(next) : "";
        }

        String take() {
            if (!more()) {
                throw new IllegalArgumentException("Filter pattern ends too soon");
            }
            return tokens.get(next++);
        }

        void expect(String token) {
            String found = take();
            if (!found.equals(token)) {
                throw new IllegalArgumentException("Expected " + token + " but found " + found);
            }
        }

        Node or() {
            Node left = and();
            while (peek().equals("||")) {
                take();
                Node a = left;
                Node b = and();
                left = e -> a.test(e) || b.test(e);
            }
            return left;
        }

        Node and() {
            Node left = unary();
            while (peek().equals("&&")) {
                take();
                Node a = left;
                Node b = unary();
                left = e -> a.test(e) && b.test(e);
            }
            return left;
        }

        Node unary() {
            if (peek().equals("(")) {
                take();
                Node inner = or();
                expect(")");
                return inner;
            }
            String selector = take();
            if (!selector.startsWith("$.")) {
                throw new IllegalArgumentException("Expected a $.selector but found " + selector);
            }
            String operator = take();
            String raw = take();
            boolean quoted = raw.startsWith("\"");
            String value = quoted ? raw.substring(1, raw.length() - 1).replaceAll("\\\\(.)", "$1") : raw;
            return comparison(selector, operator, value, quoted);
        }

        private static Node comparison(String selector, String operator, String value, boolean quoted) {
            boolean numeric = !quoted && value.matches("-?\\d+(\\.\\d+)?");
            Pattern wildcard = Pattern.compile(Pattern.quote(value).replace("*", "\\E.*\\Q"), Pattern.DOTALL);
            return event -> {
                JsonNode field = field(event, selector);
                if (field == null || field.isNull() || field.isContainerNode()) {
                    return false;
                }
                if (numeric) {
                    if (!field.isNumber()) {
                        return operator.equals("!=");
                    }
                    int order = field.decimalValue().compareTo(new BigDecimal(value));
                    return switch (operator) {
                        case "=" -> order == 0;
                        case "!=" -> order != 0;
                        case ">" -> order > 0;
                        case ">=" -> order >= 0;
                        case "<" -> order < 0;
                        case "<=" -> order <= 0;
                        default -> throw new IllegalArgumentException("Unknown operator " + operator);
                    };
                }
                boolean equal = wildcard.matcher(field.asText()).matches();
                return switch (operator) {
                    case "=" -> equal;
                    case "!=" -> !equal;
                    default ->
                        throw new IllegalArgumentException(operator + " compares numbers, not \"" + value + "\"");
                };
            };
        }
    }
}
