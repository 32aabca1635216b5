package org.relapseguide.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.ContentUnavailableException;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Locales;
import org.relapseguide.content.quality.ContentReport;
import org.relapseguide.content.quality.ContentValidator;
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

    static final String DEFAULT_FILE = "content/en-US.json";

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String command = args.isEmpty() ? "" : args.remove(0);
        return switch (command) {
            case "validate" -> validate(args, out, err);
            case "load" -> load(args, out, err);
            default ->
                throw new Main.UsageException("content takes: validate [FILE] | validate --table NAME "
                        + "[--locale LOCALE] | load --table NAME [--file FILE] [--dry-run] [--create]");
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
        if (table == null || !args.isEmpty()) {
            throw new Main.UsageException("content load takes: --table NAME [--file FILE] [--dry-run] [--create]");
        }
        Path path = Path.of(file == null ? DEFAULT_FILE : file);
        if (validate(path, out, err) != 0) {
            err.println("Refused: " + path + " fails validation, so nothing was loaded.");
            return 1;
        }
        try (DynamoDbClient client = DynamoDbClients.forTools()) {
            if (create) {
                LocalTables.createContentTable(client, table, out);
            }
            new ContentLoad(new DynamoDbContentTable(client, table), out)
                    .load(ContentFile.read(path).toContentSet(), dryRun);
        }
        return 0;
    }

    private static int validate(Path file, PrintStream out, PrintStream err) throws Exception {
        ContentFile.Document document = ContentFile.read(file);
        out.println(file + ": " + document.topics().size() + " topics, version " + document.version());
        List<Finding> findings = check(document, out);
        ContentSet content = document.toContentSet();
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
        List<Finding> findings = new ArrayList<>(validator(document.locale()).validate(document));
        ContentReport report = ContentReport.measure(document.toContentSet());
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
        Speech speech = Speech.load(locale == null ? Locales.DEFAULT : locale);
        return new ContentValidator(
                Clock.systemUTC(),
                speech.get(Phrase.EMERGENCY_LEAD),
                speech.get(Phrase.SMS_FOOTER),
                List.of(
                        speech.get(Phrase.OFFER_MORE_OR_TEXT),
                        speech.get(Phrase.OFFER_MORE),
                        speech.get(Phrase.OFFER_TEXT),
                        speech.get(Phrase.WHAT_ELSE)));
    }
}
