package org.relapseguide.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentMeasures;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.ContentUnavailableException;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Locales;
import org.relapseguide.content.Topic;
import org.relapseguide.content.quality.ContentReport;
import org.relapseguide.content.quality.ContentValidator;
import org.relapseguide.content.quality.Parity;
import org.relapseguide.content.quality.SignOffs;
import org.relapseguide.review.Gaps;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code content validate}: every content rule, with each problem named; exits 1 when any is found. With
 * {@code --table NAME} it checks what the content table serves instead of a file.
 * {@code content load --table NAME}: publishes a file that passes them to the content table.
 */
final class ContentCommand {
    private ContentCommand() {}

    static final String CONTENT_DIRECTORY = "content/";
    static final String DEFAULT_FILE = CONTENT_DIRECTORY + Locales.DEFAULT + ".json";
    static final int DEFAULT_TOP_GAPS = 20;

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String command = args.isEmpty() ? "" : args.remove(0);
        return switch (command) {
            case "validate" -> validate(args, out, err);
            case "load" -> load(args, out, err);
            case "sign-off" -> signOff(args, out, err);
            case "gaps" -> gaps(args, out);
            case "review" -> ReviewCommand.run(args, out, err);
            default ->
                throw new Main.UsageException("content takes: validate [FILE] | validate --table NAME "
                        + "[--locale LOCALE] | load --table NAME [--file FILE] [--dry-run] [--create] "
                        + "[--allow-unreviewed] | sign-off --topic ID --by \"NAME, CREDENTIAL\" [--date DATE] "
                        + "[--file FILE] | gaps [--top N] LOGFILE... | review [--out DIR] [--serve [PORT]] "
                        + "[--logs FILE...]");
        };
    }

    private static int validate(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String table = Main.option(args, "--table");
        String locale = Main.option(args, "--locale");
        if (table != null && args.isEmpty()) {
            return validateTable(table, locale == null ? Locales.DEFAULT : locale, out, err);
        }
        if (table != null || locale != null || args.size() > 1) {
            throw new Main.UsageException("content validate takes: [FILE] | --table NAME [--locale LOCALE]");
        }
        return validate(Path.of(args.isEmpty() ? DEFAULT_FILE : args.get(0)), out, err);
    }

    /**
     * Reads the version a locale's pointer names through the skill's own item reader, names every item it would
     * skip, then holds what it would serve to every rule a file is held to.
     */
    private static int validateTable(String name, String locale, PrintStream out, PrintStream err) throws IOException {
        List<Finding> findings = new ArrayList<>();
        ContentSet content;
        try (DynamoDbClient client = DynamoDbClients.forTools()) {
            DynamoDbContentTable table = new DynamoDbContentTable(client, name);
            Optional<DynamoDbContentTable.Pointer> pointer = table.pointer(locale, null);
            if (pointer.isEmpty()) {
                err.println(name + ": no " + locale + " content is published (load it with `content load`)");
                return 1;
            }
            DynamoDbContentTable.Snapshot snapshot = table.read(locale, pointer.get(), null);
            content = snapshot.content();
            for (String skipped : snapshot.skipped()) {
                int colon = skipped.indexOf(": ");
                findings.add(
                        colon < 0
                                ? new Finding(skipped, "item", "cannot be read")
                                : new Finding(
                                        skipped.substring(0, colon),
                                        "item",
                                        "skipped by the skill: " + skipped.substring(colon + 2)));
            }
        } catch (ContentUnavailableException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println(name + ": " + locale + " version " + content.version() + ", "
                + content.topics().size() + " topics readable");
        out.println(SignOffs.of(content).summary());
        findings.addAll(check(
                new ContentFile.Document(
                        ContentValidator.SCHEMA_VERSION,
                        content.locale(),
                        content.version(),
                        content.sources(),
                        content.pronunciations(),
                        content.emergencySigns(),
                        content.topics()),
                out));
        return report(findings, out, err);
    }

    private static int load(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String table = Main.option(args, "--table");
        String file = Main.option(args, "--file");
        boolean dryRun = Main.flag(args, "--dry-run");
        boolean create = Main.flag(args, "--create");
        boolean allowUnreviewed = Main.flag(args, "--allow-unreviewed");
        if (table == null || !args.isEmpty()) {
            throw new Main.UsageException(
                    "content load takes: --table NAME [--file FILE] [--dry-run] [--create] " + "[--allow-unreviewed]");
        }
        // Without --file, every locale's file is published: a table serves each locale the request names.
        List<Path> paths = file != null
                ? List.of(Path.of(file))
                : Locales.SUPPORTED.stream()
                        .map(locale -> Path.of(CONTENT_DIRECTORY + locale + ".json"))
                        .toList();
        List<ContentSet> loads = new ArrayList<>();
        for (Path path : paths) {
            if (validate(path, out, err) != 0) {
                err.println("Refused: " + path + " fails validation, so nothing was loaded.");
                return 1;
            }
            ContentSet content = ContentFile.read(path).toContentSet();
            SignOffs signOffs = SignOffs.of(content);
            if (!signOffs.notSigned().isEmpty() && !allowUnreviewed) {
                err.println("Refused: " + signOffs.notSigned().size() + " topics have no clinician's sign-off of their "
                        + "present words (" + String.join(", ", signOffs.notSigned()) + ") in " + path
                        + ", so nothing was loaded. Have a clinician run `content sign-off`, or load them with "
                        + "--allow-unreviewed: their cards then say they are not yet reviewed.");
                return 1;
            }
            if (!signOffs.notSigned().isEmpty()) {
                out.println("Publishing " + signOffs.notSigned().size() + " topics not yet reviewed by a clinician "
                        + "(--allow-unreviewed) from " + path + ": their cards say so.");
            }
            loads.add(content);
        }
        try (DynamoDbClient client = DynamoDbClients.forTools()) {
            if (create) {
                LocalTables.createContentTable(client, table, out);
            }
            ContentLoad loader = new ContentLoad(new DynamoDbContentTable(client, table), out);
            for (ContentSet content : loads) {
                loader.load(content, dryRun);
            }
        }
        return 0;
    }

    /**
     * A clinician signs topics as they are worded now: the file gets, on each topic, who signed, when, and a hash of
     * the words signed, so the card may say "Reviewed by" until those words change.
     */
    private static int signOff(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> topicIds = new ArrayList<>();
        for (String id = Main.option(args, "--topic"); id != null; id = Main.option(args, "--topic")) {
            topicIds.add(id);
        }
        String by = Main.option(args, "--by");
        String date = Main.option(args, "--date");
        String file = Main.option(args, "--file");
        if (topicIds.isEmpty() || by == null || by.isBlank() || !args.isEmpty()) {
            throw new Main.UsageException(
                    "content sign-off takes: --topic ID [--topic ID ...] --by \"NAME, CREDENTIAL\" [--date DATE] "
                            + "[--file FILE]");
        }
        LocalDate day = date == null ? LocalDate.now(Clock.systemUTC()) : LocalDate.parse(date);
        Path path = Path.of(file == null ? DEFAULT_FILE : file);
        ContentSet content = ContentFile.read(path).toContentSet();
        ObjectNode tree = (ObjectNode) ContentFile.mapper().readTree(path.toFile());
        for (String id : topicIds) {
            Optional<Topic> topic = content.topic(id);
            if (topic.isEmpty()) {
                err.println("No topic " + id + " in " + path + "; nothing was signed.");
                return 1;
            }
            ObjectNode node = topicNode(tree, id);
            ObjectNode review = node.putObject("review");
            review.put("by", by.trim());
            review.put("date", day.toString());
            review.put("signed", topic.get().wordsHash());
        }
        Files.writeString(path, ContentFile.toText(tree), StandardCharsets.UTF_8);
        for (String id : topicIds) {
            out.println("Signed " + id + " by " + by.trim() + " on " + day + ".");
        }
        out.println(SignOffs.of(ContentFile.read(path).toContentSet()).summary());
        return 0;
    }

    /** The most frequent questions the skill could not answer, from its JSON log lines. */
    private static int gaps(List<String> args, PrintStream out) throws IOException {
        String top = Main.option(args, "--top");
        if (args.isEmpty() || args.stream().anyMatch(a -> a.startsWith("--"))) {
            throw new Main.UsageException("content gaps takes: [--top N] LOGFILE...");
        }
        List<Path> files = args.stream().map(Path::of).toList();
        Gaps.read(files).print(out, top == null ? DEFAULT_TOP_GAPS : Integer.parseInt(top));
        return 0;
    }

    private static ObjectNode topicNode(ObjectNode tree, String id) {
        for (JsonNode topic : tree.path("topics")) {
            if (id.equals(topic.path("id").asText())) {
                return (ObjectNode) topic;
            }
        }
        throw new IllegalStateException("topic " + id + " is in the content but not in the file's tree");
    }

    private static int validate(Path file, PrintStream out, PrintStream err) throws Exception {
        ContentFile.Document document = ContentFile.read(file);
        out.println(file + ": " + document.topics().size() + " topics, version " + document.version());
        List<Finding> findings = check(document, out);
        Path reference = file.resolveSibling(Locales.DEFAULT + ".json");
        if (document.locale() != null && !document.locale().equals(Locales.DEFAULT)) {
            if (Files.exists(reference)) {
                findings.addAll(Parity.check(
                        ContentFile.read(reference),
                        document,
                        List.of(
                                Speech.load(Locales.DEFAULT).get(Phrase.EMERGENCY_LEAD),
                                Speech.load(document.locale()).get(Phrase.EMERGENCY_LEAD))));
            } else {
                findings.add(new Finding(file.toString(), "parity", "no " + reference + " to hold it to"));
            }
        }
        ContentSet content = document.toContentSet();
        out.println(SignOffs.of(content).summary());
        Path model = Path.of(InteractionModel.CLASSPATH_DIRECTORY + document.locale() + ".json");
        if (Files.exists(model)
                && !InteractionModel.withSlotValuesFrom(InteractionModel.read(model), content)
                        .equals(InteractionModel.read(model))) {
            findings.add(new Finding(
                    model.toString(),
                    "model",
                    "slot values differ from the content: run `java -jar target/relapse-guide.jar model generate`"));
        }
        return report(findings, out, err);
    }

    /** Every content rule, and how long each answer takes to say; prints the measures. */
    private static List<Finding> check(ContentFile.Document document, PrintStream out) throws IOException {
        String locale = localeOf(document.locale());
        List<Finding> findings = new ArrayList<>(validator(locale).validate(document));
        ContentReport report = ContentReport.measure(
                document.toContentSet(),
                ContentMeasures.of(locale),
                Speech.load(locale).get(Phrase.SMS_FOOTER));
        report.print(out);
        for (ContentReport.Row row : report.tooLong()) {
            findings.add(new Finding(
                    "topic " + row.topicId(),
                    "seconds",
                    String.format(
                            Locale.ROOT,
                            "%s takes %.1f s to say; at most %.0f s",
                            row.part(),
                            row.seconds(),
                            ContentReport.MAX_SECONDS)));
        }
        return findings;
    }

    private static String localeOf(String locale) {
        return locale == null ? Locales.DEFAULT : locale;
    }

    private static int report(List<Finding> findings, PrintStream out, PrintStream err) {
        findings.forEach(f -> err.println("  " + f));
        if (!findings.isEmpty()) {
            err.println(findings.size() + " problem(s) found");
            return 1;
        }
        out.println("OK: every rule passes");
        return 0;
    }

    static ContentValidator validator(String locale) {
        Speech speech = Speech.load(localeOf(locale));
        return new ContentValidator(
                Clock.systemUTC(),
                ContentMeasures.of(localeOf(locale)),
                speech.get(Phrase.EMERGENCY_LEAD),
                speech.get(Phrase.SMS_FOOTER),
                List.of(
                        speech.get(Phrase.OFFER_MORE_OR_TEXT),
                        speech.get(Phrase.OFFER_MORE),
                        speech.get(Phrase.OFFER_TEXT),
                        speech.get(Phrase.WHAT_ELSE)));
    }
}
