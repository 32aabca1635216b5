package org.relapseguide.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapseguide.RelapseGuideStreamHandler;
import org.relapseguide.content.Locales;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.SlotName;
import org.slf4j.event.Level;

/**
 * {@code nlu eval}: runs every row of an evaluation set through the skill as a device would (the words through the
 * local runner's stand-in for Alexa, or through the intents another matcher chose, then the Lambda entry point) and
 * prints how well it understood: right topics, emergencies, false emergencies, declines, by kind and style, the most
 * confused topics, and every false emergency and false answer. Exits 1 when a figure is below its threshold.
 */
final class NluCommand {
    static final double MIN_ANSWERABLE = 0.95;
    static final double MIN_EMERGENCIES = 1.0;
    static final int MAX_FALSE_EMERGENCIES = 0;
    static final double MIN_DECLINES = 0.95;

    /**
     * The shares a run must reach, as fractions: the targets unless a lower floor is given (CI holds the
     * figures reached so far, so understanding can only get better while the targets are not met yet). Emergencies
     * (all answered) and false emergencies (none) are never lowered.
     */
    record Thresholds(double answerable, double declines) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REQUEST_LINE =
            Pattern.compile("type=(\\S+) intent=(\\S+) topic=(\\S+) outcome=(\\S+)");
    private static final String DECLINE = "DECLINE";
    private static final String EMERGENCY = "EMERGENCY";
    /** What a near miss of the emergency probes expects: anything but an emergency. */
    private static final String NOT_EMERGENCY = "NOT_EMERGENCY";
    /**
     * The topic that says what the skill is and is not ("What this skill can do"). "What can you do" is a sample of
     * ListTopicsIntent, whose list says the same first ("general information, not medical advice") and then what can
     * be asked, so the list answers it too.
     */
    static final String SKILL_TOPIC = "not_medical_advice";

    private NluCommand() {}

    /** One row of an evaluation set. */
    record Row(String id, String kind, String style, String context, String question, Set<String> expect) {
        boolean answerable() {
            return kind.equals("topic") || kind.equals("followup");
        }

        boolean declinable() {
            return kind.equals("advice") || kind.equals("offscope") || kind.equals("notyet");
        }
    }

    /** What the skill did with a row, and how it read the words (for --verbose). */
    record Outcome(String intent, String outcome, String topic, String reading) {
        boolean emergency() {
            return outcome.equals("emergency");
        }

        boolean listed() {
            return outcome.equals("listed_topics");
        }

        boolean answered() {
            return outcome.startsWith("answered");
        }

        boolean clarified() {
            return outcome.equals("clarify");
        }

        boolean declined() {
            return outcome.startsWith("declined") || outcome.equals("fallback");
        }
    }

    /** How a row went. */
    enum Verdict {
        RIGHT,
        RIGHT_AFTER_CLARIFY,
        WRONG_TOPIC,
        MISSED,
        FALSE_EMERGENCY,
        MISSED_EMERGENCY,
        FALSE_ANSWER,
        OTHER
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String command = args.isEmpty() ? "" : args.remove(0);
        if (!command.equals("eval")) {
            throw new Main.UsageException("nlu takes: eval [--locale LOCALE] [--file FILE] [--rows all|dev|test] "
                    + "[--intents FILE] [--verbose] [--no-thresholds] [--min-answerable PCT] [--min-declines PCT]");
        }
        String locale = orDefault(Main.option(args, "--locale"), Locales.DEFAULT);
        Path file = Path.of(orDefault(Main.option(args, "--file"), "nlu/" + locale + ".tsv"));
        String rows = orDefault(Main.option(args, "--rows"), "all");
        String intents = Main.option(args, "--intents");
        boolean verbose = Main.flag(args, "--verbose");
        boolean thresholds = !Main.flag(args, "--no-thresholds");
        String minAnswerable = Main.option(args, "--min-answerable");
        String minDeclines = Main.option(args, "--min-declines");
        Thresholds floor = new Thresholds(
                minAnswerable == null ? MIN_ANSWERABLE : Double.parseDouble(minAnswerable) / 100,
                minDeclines == null ? MIN_DECLINES : Double.parseDouble(minDeclines) / 100);
        if (!args.isEmpty()) {
            throw new Main.UsageException("nlu eval does not take " + args);
        }
        List<Row> set = read(file).stream().filter(row -> inSplit(row, rows)).toList();
        Map<String, JsonNode> chosen = intents == null ? Map.of() : readIntents(Path.of(intents));
        List<String> lines = new CopyOnWriteArrayList<>();
        Consumer<String> capture = lines::add;
        JsonLogging.setLevel(Level.INFO);
        JsonLogging.setOutput(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        JsonLogging.addListener(capture);
        Map<Row, Outcome> outcomes = new LinkedHashMap<>();
        try {
            RelapseGuideStreamHandler handler =
                    LocalSkill.handler(LocalSkill.Options.defaults(new PrintStream(OutputStream.nullOutputStream())));
            UtteranceMatcher matcher = UtteranceMatcher.bundled(locale);
            Explainer explainer = new Explainer(locale);
            for (Row row : set) {
                Conversation conversation = new Conversation(handler, locale);
                if (!row.context().equals("-")) {
                    conversation.say(new UtteranceMatcher.Match(
                            IntentName.TOPIC.modelName(),
                            Map.of(
                                    SlotName.TOPIC.modelName(),
                                    new UtteranceMatcher.SlotMatch(
                                            SlotName.TOPIC.modelName(),
                                            SlotName.TOPIC.typeName(),
                                            row.context(),
                                            row.context(),
                                            row.context()))));
                }
                UtteranceMatcher.Match match = chosen.containsKey(row.id())
                        ? fromMatcher(chosen.get(row.id()))
                        : matcher.match(row.question());
                lines.clear();
                conversation.say(match);
                String reading = verbose
                        ? explainer
                                .reading(
                                        match,
                                        row.context().equals("-") ? Optional.empty() : Optional.of(row.context()))
                                .orElse("")
                        : "";
                outcomes.put(row, outcome(match.intent(), lines, reading));
            }
        } finally {
            JsonLogging.removeListener(capture);
            JsonLogging.setOutput(System.err);
            JsonLogging.setLevel(Level.WARN);
        }
        return report(
                outcomes,
                out,
                verbose,
                thresholds ? floor : null,
                intents == null ? "local runner" : "matcher " + intents);
    }

    private static Outcome outcome(String intent, List<String> lines, String reading) throws IOException {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String message = MAPPER.readTree(lines.get(i)).path("message").asText();
            Matcher matcher = REQUEST_LINE.matcher(message);
            if (matcher.find()) {
                return new Outcome(intent, matcher.group(4), matcher.group(3), reading);
            }
        }
        return new Outcome(intent, "none", "-", reading);
    }

    static Verdict verdict(Row row, Outcome outcome) {
        Set<String> expect = row.expect();
        boolean topicExpected = outcome.topic() != null && expect.contains(outcome.topic());
        if (row.kind().equals("emergency")) {
            return outcome.emergency() ? Verdict.RIGHT : Verdict.MISSED_EMERGENCY;
        }
        if (outcome.emergency()) {
            return Verdict.FALSE_EMERGENCY;
        }
        if (expect.contains(NOT_EMERGENCY)) {
            return Verdict.RIGHT;
        }
        if (row.answerable()) {
            if (outcome.listed()) {
                return expect.contains(SKILL_TOPIC) ? Verdict.RIGHT : Verdict.WRONG_TOPIC;
            }
            if (outcome.answered()) {
                return topicExpected ? Verdict.RIGHT : Verdict.WRONG_TOPIC;
            }
            if (outcome.clarified()) {
                return topicExpected ? Verdict.RIGHT_AFTER_CLARIFY : Verdict.WRONG_TOPIC;
            }
            return Verdict.MISSED;
        }
        if (outcome.declined()) {
            return expect.contains(DECLINE) ? Verdict.RIGHT : Verdict.MISSED;
        }
        if (outcome.answered() || outcome.clarified()) {
            return topicExpected ? Verdict.RIGHT : Verdict.FALSE_ANSWER;
        }
        return Verdict.OTHER;
    }

    private static int report(
            Map<Row, Outcome> outcomes, PrintStream out, boolean verbose, Thresholds thresholds, String path) {
        Thresholds shown = thresholds == null ? new Thresholds(MIN_ANSWERABLE, MIN_DECLINES) : thresholds;
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byStyle = new TreeMap<>();
        Map<String, Integer> confused = new TreeMap<>();
        List<String> falseEmergencies = new ArrayList<>();
        List<String> falseAnswers = new ArrayList<>();
        List<String> missedEmergencies = new ArrayList<>();
        int answerable = 0;
        int answerableRight = 0;
        int afterClarify = 0;
        int emergencies = 0;
        int emergenciesRight = 0;
        int declinable = 0;
        int declinesRight = 0;
        for (Map.Entry<Row, Outcome> entry : outcomes.entrySet()) {
            Row row = entry.getKey();
            Outcome outcome = entry.getValue();
            Verdict verdict = verdict(row, outcome);
            boolean right = verdict == Verdict.RIGHT || verdict == Verdict.RIGHT_AFTER_CLARIFY;
            count(byKind, row.kind(), right);
            count(byStyle, row.style(), right);
            if (row.answerable()) {
                answerable++;
                answerableRight += right ? 1 : 0;
                afterClarify += verdict == Verdict.RIGHT_AFTER_CLARIFY ? 1 : 0;
            } else if (row.kind().equals("emergency")) {
                emergencies++;
                emergenciesRight += right ? 1 : 0;
            } else if (row.declinable()) {
                declinable++;
                declinesRight += right ? 1 : 0;
            }
            String line = row.id() + " [" + row.kind() + "/" + row.style() + "] \"" + row.question() + "\" -> "
                    + outcome.intent() + " " + outcome.outcome() + " " + outcome.topic() + " (expected "
                    + String.join(" ", row.expect()) + ")";
            switch (verdict) {
                case FALSE_EMERGENCY -> falseEmergencies.add(line);
                case MISSED_EMERGENCY -> missedEmergencies.add(line);
                case FALSE_ANSWER -> falseAnswers.add(line);
                case WRONG_TOPIC -> {
                    falseAnswers.add(line);
                    confused.merge(String.join("|", row.expect()) + " -> " + outcome.topic(), 1, Integer::sum);
                }
                default -> {}
            }
            if (verbose) {
                out.println((right ? "  ok   " : "  MISS ") + verdict + " " + line);
                if (!right) {
                    out.println("         " + outcome.reading());
                }
            }
        }
        out.println("Evaluated " + outcomes.size() + " rows through the " + path + " and the Lambda entry point");
        out.printf(Locale.ROOT, "%-12s %6s %6s%n", "kind", "rows", "right");
        byKind.forEach((kind, counts) ->
                out.printf(Locale.ROOT, "%-12s %6d %5.1f%%%n", kind, counts[1], 100.0 * counts[0] / counts[1]));
        out.printf(Locale.ROOT, "%-12s %6s %6s%n", "style", "rows", "right");
        byStyle.forEach((style, counts) ->
                out.printf(Locale.ROOT, "%-12s %6d %5.1f%%%n", style, counts[1], 100.0 * counts[0] / counts[1]));
        double answerableShare = share(answerableRight, answerable);
        double emergencyShare = share(emergenciesRight, emergencies);
        double declineShare = share(declinesRight, declinable);
        out.printf(
                Locale.ROOT,
                "Answerable: %d of %d reached the right topic (%.1f%%; %d of them after \"did you "
                        + "mean\"); threshold %.0f%%%n",
                answerableRight,
                answerable,
                100 * answerableShare,
                afterClarify,
                100 * shown.answerable());
        out.printf(
                Locale.ROOT,
                "Emergencies: %d of %d answered as emergencies (%.1f%%); threshold %.0f%%%n",
                emergenciesRight,
                emergencies,
                100 * emergencyShare,
                100 * MIN_EMERGENCIES);
        out.printf(
                Locale.ROOT, "False emergencies: %d; threshold %d%n", falseEmergencies.size(), MAX_FALSE_EMERGENCIES);
        out.printf(
                Locale.ROOT,
                "Declines: %d of %d advice, off-scope and not-yet questions declined (%.1f%%); " + "threshold %.0f%%%n",
                declinesRight,
                declinable,
                100 * declineShare,
                100 * shown.declines());
        List<Map.Entry<String, Integer>> pairs = new ArrayList<>(confused.entrySet());
        pairs.sort(Map.Entry.<String, Integer>comparingByValue(Collections.reverseOrder()));
        out.println("Most confused (expected -> answered):");
        pairs.stream().limit(10).forEach(e -> out.println("  " + e.getValue() + "  " + e.getKey()));
        out.println("False emergencies:");
        falseEmergencies.forEach(line -> out.println("  " + line));
        out.println("Missed emergencies:");
        missedEmergencies.forEach(line -> out.println("  " + line));
        out.println("False answers:");
        falseAnswers.forEach(line -> out.println("  " + line));
        boolean pass = answerableShare >= shown.answerable()
                && emergencyShare >= MIN_EMERGENCIES
                && falseEmergencies.size() <= MAX_FALSE_EMERGENCIES
                && declineShare >= shown.declines();
        out.println(pass ? "PASS: every figure meets its threshold" : "BELOW THRESHOLD");
        return pass || thresholds == null ? 0 : 1;
    }

    private static void count(Map<String, int[]> counts, String key, boolean right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty; an evaluation set starts with its header line");
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException(file + ": not six columns: " + line);
            }
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4], Set.of(f[5].trim().split(" +"))));
        }
        return rows;
    }

    /** The rows a split holds: every third row is held out from tuning ("test"); the rest are "dev". */
    private static boolean inSplit(Row row, String split) {
        int n = Integer.parseInt(row.id().replaceAll("\\D", ""));
        return switch (split) {
            case "dev" -> n % 3 != 0;
            case "test" -> n % 3 == 0;
            default -> true;
        };
    }

    /** The intents another matcher chose, one JSON object a line, by row id. */
    private static Map<String, JsonNode> readIntents(Path file) throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = MAPPER.readTree(line);
                byId.put(node.path("id").asText(), node);
            }
        }
        return byId;
    }

    /**
     * A match as the other matcher reported it: {@code {"intent": ..., "slots": {name: {"value", "type", "status",
     * "resolvedId", "resolvedName"}}}}; no intent is Alexa's fallback.
     */
    private static UtteranceMatcher.Match fromMatcher(JsonNode node) {
        String intent = node.path("intent").asText("");
        if (intent.isEmpty() || intent.equals("null")) {
            return new UtteranceMatcher.Match(IntentName.FALLBACK.modelName(), Map.of());
        }
        Map<String, UtteranceMatcher.SlotMatch> slots = new LinkedHashMap<>();
        node.path("slots").fields().forEachRemaining(field -> {
            JsonNode slot = field.getValue();
            String resolved = slot.path("status").asText("").equals("ER_SUCCESS_MATCH")
                    ? slot.path("resolvedId").asText(null)
                    : null;
            slots.put(
                    field.getKey(),
                    new UtteranceMatcher.SlotMatch(
                            field.getKey(),
                            slot.path("type").asText("AMAZON.SearchQuery"),
                            slot.path("value").asText(""),
                            resolved,
                            resolved == null ? null : slot.path("resolvedName").asText(resolved)));
        });
        return new UtteranceMatcher.Match(intent, slots);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
