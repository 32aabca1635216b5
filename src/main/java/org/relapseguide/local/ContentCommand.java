package org.relapseguide.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import org.relapseguide.DynamoDbClients;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.quality.ContentReport;
import org.relapseguide.content.ContentValidator;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.Finding;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code content validate}: every content rule, with each problem named; exits 1 when any is found.
 * {@code content load --table NAME}: publishes a file that passes them to the content table.
 */
final class ContentCommand {
    private ContentCommand() {
    }

    static final String DEFAULT_FILE = "content/en-US.json";

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String command = args.isEmpty() ? "" : args.remove(0);
        return switch (command) {
            case "validate" -> validate(Path.of(args.isEmpty() ? DEFAULT_FILE : args.get(0)), out, err);
            case "load" -> load(args, out, err);
            default -> throw new Main.UsageException(
                    "content takes: validate [FILE] | load --table NAME [--file FILE] [--dry-run] [--create]");
        };
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
        List<Finding> findings = new ArrayList<>(validator(document.locale()).validate(document));
        out.println(file + ": " + document.topics().size() + " topics, version " + document.version());
        ContentSet content = document.toContentSet();
        ContentReport report = ContentReport.measure(content);
        report.print(out);
        for (ContentReport.Row row : report.tooLong()) {
            findings.add(new Finding("topic " + row.topicId(), "seconds", String.format(java.util.Locale.ROOT,
                    "%s takes %.1f s to say; at most %.0f s", row.part(), row.seconds(), ContentReport.MAX_SECONDS)));
        }
        Path model = Path.of(InteractionModel.CLASSPATH_DIRECTORY + document.locale() + ".json");
        if (Files.exists(model) && !InteractionModel.withSlotValuesFrom(InteractionModel.read(model), content)
                .equals(InteractionModel.read(model))) {
            findings.add(new Finding(model.toString(), "model",
                    "slot values differ from the content: run `java -jar target/relapse-guide.jar model generate`"));
        }
        findings.forEach(f -> err.println("  " + f));
        if (!findings.isEmpty()) {
            err.println(findings.size() + " problem(s) found");
            return 1;
        }
        out.println("OK: every rule passes");
        return 0;
    }

    static ContentValidator validator(String locale) {
        Speech speech = Speech.load(locale == null ? ContentFile.DEFAULT_LOCALE : locale);
        return new ContentValidator(Clock.systemUTC(), speech.get(Phrase.EMERGENCY_LEAD), speech.get(Phrase.SMS_FOOTER),
                List.of(speech.get(Phrase.OFFER_MORE_OR_TEXT), speech.get(Phrase.OFFER_MORE), speech.get(Phrase.OFFER_TEXT),
                        speech.get(Phrase.WHAT_ELSE)));
    }
}
