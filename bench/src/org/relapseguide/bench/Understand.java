package org.relapseguide.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.local.UtteranceMatcher;
import org.relapseguide.understanding.Language;
import org.relapseguide.understanding.Understander;

/**
 * Warm resolution of free questions: every row of an evaluation set is turned into what Alexa would send (the local
 * runner's intent and slot words), then the Lambda path's understander reads it, each call timed on its own, over
 * several rounds after a warm-up. Prints p50, p99 and the slowest call, and the cost of building the understander.
 *
 * <p>Arguments: the evaluation TSV, the locale, the measured rounds.
 */
public final class Understand {
    private Understand() {}

    private record Asked(String intent, String words, Optional<String> conversation) {}

    public static void main(String[] args) throws Exception {
        Path set = Path.of(args[0]);
        String locale = args[1];
        int rounds = Integer.parseInt(args[2]);
        ContentSet content = ContentFile.bundled(locale);
        Language language = Language.load(locale);
        UtteranceMatcher alexa = UtteranceMatcher.bundled(locale);
        List<Asked> asked = new ArrayList<>();
        List<String> lines = Files.readAllLines(set, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] field = line.split("\t", -1);
            UtteranceMatcher.Match match = alexa.match(field[4]);
            // The words the skill reads: a free question's query, or a topic Alexa could not resolve.
            match.slots().values().stream()
                    .filter(slot -> slot.type().equals("AMAZON.SearchQuery") || !slot.resolved())
                    .findFirst()
                    .ifPresent(slot -> asked.add(new Asked(
                            match.intent(),
                            slot.value(),
                            field[3].equals("-") ? Optional.empty() : Optional.of(field[3]))));
        }
        long buildStart = System.nanoTime();
        Understander understander = new Understander(content, language);
        understander.understand(asked.get(0).intent(), asked.get(0).words(), Optional.empty());
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        for (int i = 0; i < 20; i++) {
            asked.forEach(a -> understander.understand(a.intent(), a.words(), a.conversation()));
        }
        long[] nanos = new long[asked.size() * rounds];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (Asked a : asked) {
                long start = System.nanoTime();
                understander.understand(a.intent(), a.words(), a.conversation());
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "questions=%d%nrounds=%d%nbuild_and_first_ms=%.1f%np50_us=%.1f%np99_us=%.1f%nmax_us=%.1f%n",
                asked.size(),
                rounds,
                buildMs,
                nanos[nanos.length / 2] / 1000.0,
                nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1000.0,
                nanos[nanos.length - 1] / 1000.0);
    }
}
