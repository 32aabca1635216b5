package org.relapseguide.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.relapseguide.logging.JsonLogging;
import org.slf4j.event.Level;

/** The command line of the jar: the local runner and the content and model tools. Never on the Lambda path. */
public final class Main {
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Relapse Guide, on your own machine.",
            "",
            "  chat                      talk to the skill: type what you would say to Alexa",
            "  ask \"QUESTION\" [--json]   answer one question (--json prints the whole response envelope)",
            "  invoke events/FILE.json   run a request envelope through the Lambda entry point",
            "  content validate [FILE]   check a content file against every content rule",
            "  content validate --table NAME [--locale LOCALE]",
            "                            the same for what a content table serves, naming each item it skips",
            "  content load --table NAME [--file FILE] [--dry-run] [--create] [--allow-unreviewed]",
            "                            publish a content file to the content table (a diff first; idempotent);",
            "                            topics no clinician has signed are refused unless --allow-unreviewed",
            "  content sign-off --topic ID [--topic ID ...] --by \"NAME, CREDENTIAL\" [--date DATE] [--file FILE]",
            "                            a clinician signs topics as worded now; an edit later voids the sign-off",
            "  content gaps [--top N] LOGFILE...",
            "                            the most frequent questions the skill could not answer, from its JSON logs",
            "  content review [--out DIR] [--serve [PORT]] [--logs FILE...] [--content FOLDER]",
            "                            the review page: every content file (default content/) as a static site",
            "                            (default target/review), with the gaps from --logs; --serve shows it on",
            "                            127.0.0.1",
            "  model generate            regenerate each locale's interaction model slot values from its content file",
            "  nlu eval [--locale LOCALE] [--file FILE] [--rows all|dev|test] [--intents FILE] [--verbose]",
            "                            run an evaluation set through the skill and print how well it understood",
            "",
            "chat and ask take: --locale LOCALE (en-US, the default, or es-US: the language Alexa hears),",
            "  --outbox FILE (default target/outbox.txt), --phone +1NNNNNNNNNN,",
            "  --no-number (the account has no mobile number), --no-consent (texting not allowed yet),",
            "  --dynamodb (content and caregivers from the tables at AWS_ENDPOINT_URL_DYNAMODB), with",
            "  --content-table NAME (default relapse-guide-content) and",
            "  --users-table NAME (default relapse-guide-users), --explain (before each answer, the intent",
            "  and slot Alexa would send and how the skill read them: rule, score, runner-up), and --screen: on an",
            "  Echo Show, printing what the screen shows beside the speech; in chat, \"tap N\" touches what it numbers");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns the process exit code: 0 done, 1 failed, 2 not understood. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        JsonLogging.setLevel(Level.WARN);
        if (args.length == 0) {
            out.println(USAGE);
            return 2;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            return switch (args[0]) {
                case "chat" -> ChatCommand.chat(rest, System.in, out);
                case "ask" -> ChatCommand.ask(rest, out);
                case "invoke" -> InvokeCommand.invoke(rest, out, err);
                case "content" -> ContentCommand.run(rest, out, err);
                case "model" -> ModelCommand.run(rest, out, err);
                case "nlu" -> NluCommand.run(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("Unknown command: " + args[0]);
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (Exception e) {
            err.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    /** A command line that could not be understood. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Removes {@code --name VALUE} from the arguments and returns the value, or null when absent. */
    static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
        }
        String value = args.get(at + 1);
        args.remove(at + 1);
        args.remove(at);
        return value;
    }

    /** Removes {@code --name} from the arguments and tells whether it was there. */
    static boolean flag(List<String> args, String name) {
        return args.remove(name);
    }
}
