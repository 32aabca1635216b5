package org.relapseguide.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapseguide.content.Locales;
import org.relapseguide.voice.Ssml;

/** {@code chat} and {@code ask}: typed text in, what Alexa would say (and show, and text) out. */
final class ChatCommand {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> QUIT = List.of("quit", "exit", "bye", "salir");
    private static final List<String> OPEN = List.of(
            "open relapse guide",
            "launch relapse guide",
            "relapse guide",
            "alexa open relapse guide",
            "start relapse guide",
            "abre guía de recaídas",
            "abre guia de recaidas",
            "alexa abre guía de recaídas",
            "alexa abre guia de recaidas",
            "guía de recaídas",
            "guia de recaidas");
    /** What Alexa's own consent dialog accepts as yes and no, in English and in Spanish. */
    private static final List<String> APPROVE = List.of(
            "yes",
            "i approve",
            "approve",
            "yes please",
            "sure",
            "ok",
            "sí",
            "si",
            "sí por favor",
            "lo apruebo",
            "claro");

    private static final List<String> REFUSE =
            List.of("no", "no thanks", "i don't approve", "deny", "no gracias", "no lo apruebo");
    /** "tap 2" touches the second thing the screen numbers. */
    private static final Pattern TAP = Pattern.compile("(?i)(?:tap|touch) ([0-9]{1,2})");

    private static final String CONSENT_QUESTION =
            "[Alexa asks: Do you give Relapse Guide permission to use your " + "mobile number? Say yes or no.]";

    private ChatCommand() {}

    static int chat(List<String> args, InputStream in, PrintStream out) throws IOException {
        String locale = locale(args);
        Optional<Explainer> explainer =
                Main.flag(args, "--explain") ? Optional.of(new Explainer(locale)) : Optional.empty();
        boolean screen = Main.flag(args, "--screen");
        LocalSkill.Options options = options(args, out);
        requireNoMore(args);
        Conversation conversation = new Conversation(LocalSkill.handler(options), locale, screen);
        UtteranceMatcher matcher = UtteranceMatcher.bundled(locale);
        out.println("Relapse Guide, local. Type what you would say to Alexa; \"quit\" leaves. Texts go to "
                + options.outbox() + "."
                + (screen ? " On an Echo Show: \"tap N\" touches what the screen numbers." : ""));
        out.println("you> " + (locale.equals(Locales.DEFAULT) ? OPEN.get(0) : "[open, " + locale + "]"));
        CardPrinter cards = new CardPrinter();
        ScreenPrinter screens = new ScreenPrinter();
        print(conversation.launch(), out, cards, screens);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        while (true) {
            out.print("you> ");
            out.flush();
            String line = reader.readLine();
            if (line == null || QUIT.contains(line.trim().toLowerCase(Locale.ROOT))) {
                if (conversation.isOpen()) {
                    conversation.end();
                }
                out.println();
                return 0;
            }
            if (line.isBlank()) {
                continue;
            }
            boolean opening = OPEN.contains(line.trim().toLowerCase(Locale.ROOT));
            Optional<TouchTargets.Target> tap = screen ? tap(line, screens) : Optional.empty();
            if (screen && tap.isEmpty() && TAP.matcher(line.trim()).matches()) {
                out.println("(nothing on the screen has that number)");
                continue;
            }
            tap.ifPresent(target -> out.println("[touched: " + target.label() + "]"));
            JsonNode response;
            if (opening) {
                response = conversation.launch();
            } else if (tap.isPresent()) {
                response = conversation.touch(tap.get().token(), tap.get().arguments());
            } else {
                UtteranceMatcher.Match match = matcher.match(line);
                Optional<String> topic = conversation.topic();
                explainer.ifPresent(e -> out.println(e.explain(match, topic)));
                response = conversation.say(match);
            }
            print(response, out, cards, screens);
            // Alexa's voice consent dialog: the typed answer plays the caregiver's, and Alexa resumes the skill.
            Optional<String> consentToken = consentToken(response);
            while (consentToken.isPresent()) {
                out.print("you> ");
                out.flush();
                String result = consentResult(reader.readLine());
                if (result.equals("ACCEPTED")) {
                    options.phone().allow();
                }
                out.println("[Alexa resumes the skill: " + result + "]");
                response = conversation.resume(consentToken.get(), result);
                print(response, out, cards, screens);
                consentToken = consentToken(response);
            }
            if (!conversation.isOpen()) {
                out.println("(the session has ended; type a question to ask again, or \"open relapse guide\")");
            }
        }
    }

    static int ask(List<String> args, PrintStream out) throws IOException {
        boolean json = Main.flag(args, "--json");
        boolean explain = Main.flag(args, "--explain");
        boolean screen = Main.flag(args, "--screen");
        String locale = locale(args);
        LocalSkill.Options options = options(args, out);
        if (args.size() != 1) {
            throw new Main.UsageException("ask takes one question, in quotes");
        }
        Conversation conversation = new Conversation(LocalSkill.handler(options), locale, screen);
        UtteranceMatcher.Match match = UtteranceMatcher.bundled(locale).match(args.get(0));
        if (explain) {
            out.println(new Explainer(locale).explain(match, Optional.empty()));
        }
        JsonNode response = conversation.say(match);
        if (json) {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(response));
        } else {
            print(response, out, new CardPrinter(), new ScreenPrinter());
        }
        return 0;
    }

    /** {@code --locale es-US}: the language the caregiver speaks, as Alexa sends it in each request. */
    private static String locale(List<String> args) {
        String locale = Main.option(args, "--locale");
        return locale == null ? Locales.DEFAULT : locale;
    }

    /** "tap 2": the second thing to touch on the screen shown last. */
    private static Optional<TouchTargets.Target> tap(String line, ScreenPrinter screens) {
        Matcher tap = TAP.matcher(line.trim());
        return tap.matches() ? screens.target(Integer.parseInt(tap.group(1))) : Optional.empty();
    }

    private static LocalSkill.Options options(List<String> args, PrintStream out) {
        String outbox = Main.option(args, "--outbox");
        String phone = Main.option(args, "--phone");
        boolean noNumber = Main.flag(args, "--no-number");
        boolean noConsent = Main.flag(args, "--no-consent");
        boolean dynamoDb = Main.flag(args, "--dynamodb");
        String contentTable = Main.option(args, "--content-table");
        String usersTable = Main.option(args, "--users-table");
        LocalSkill.Options defaults = LocalSkill.Options.defaults(out);
        String number = noNumber ? null : phone != null ? phone : LocalSkill.SIMULATED_PHONE;
        LocalSkill.Tables tables = !dynamoDb
                ? null
                : new LocalSkill.Tables(
                        contentTable == null ? LocalTables.DEFAULT_CONTENT_TABLE : contentTable,
                        usersTable == null ? LocalTables.DEFAULT_USERS_TABLE : usersTable);
        return new LocalSkill.Options(
                outbox == null ? defaults.outbox() : Path.of(outbox),
                new SimulatedCaregiverPhone(number, !noConsent),
                out,
                tables);
    }

    /** The token of a voice consent request in the response, if it has one. */
    static Optional<String> consentToken(JsonNode envelope) {
        for (JsonNode directive : envelope.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Connections.StartConnection")
                    && directive.path("uri").asText().startsWith("connection://AMAZON.AskForPermissionsConsent/")) {
                return Optional.of(directive.path("token").asText(""));
            }
        }
        return Optional.empty();
    }

    private static String consentResult(String answer) {
        String said = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        if (APPROVE.contains(said)) {
            return "ACCEPTED";
        }
        return REFUSE.contains(said) ? "DENIED" : "NOT_ANSWERED";
    }

    private static void requireNoMore(List<String> args) {
        if (!args.isEmpty()) {
            throw new Main.UsageException("Unexpected arguments: " + String.join(" ", args));
        }
    }

    /** Prints what Alexa would say and show, and the card when it differs from the last one shown. */
    static void print(JsonNode envelope, PrintStream out, CardPrinter cards, ScreenPrinter screens) {
        JsonNode response = envelope.path("response");
        String ssml = response.path("outputSpeech").path("ssml").asText("");
        if (!ssml.isEmpty()) {
            out.println("alexa> " + Ssml.toPlainText(ssml));
        }
        if (consentToken(envelope).isPresent()) {
            out.println(CONSENT_QUESTION);
        }
        screens.print(envelope, out);
        cards.print(response.path("card"), out);
    }

    /** Shows a card once: the Alexa app keeps showing the same card, so repeating it only adds noise. */
    static final class CardPrinter {
        private JsonNode last;

        void print(JsonNode card, PrintStream out) {
            if (!card.isObject() || card.equals(last)) {
                return;
            }
            last = card;
            if (card.path("type").asText().equals("AskForPermissionsConsent")) {
                out.println("[card: asks permission for " + card.path("permissions") + "]");
                return;
            }
            out.println("[card: " + card.path("title").asText() + "]");
            for (String line : card.path("content").asText().split("\n")) {
                if (!line.isBlank()) {
                    out.println("  " + line);
                }
            }
        }
    }
}
