package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.exception.AskSdkException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.Locales;
import org.relapseguide.testing.Echoes;
import org.relapseguide.testing.EnvelopeMutator;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import org.relapseguide.voice.Ssml;
import org.xml.sax.InputSource;

/**
 * Hostile and malformed input, seeded and repeatable: thousands of mutated envelopes through the Lambda entry
 * point. Each gets a well-formed Alexa response within limits, or a clean refusal; never a crash or a hang. No
 * response speaks, shows or carries on text that came from the request's session attributes or slots, except the
 * skill's own words (a slot value it resolved to one of its topics, heard as that topic's name) and references it
 * writes itself. A crash is saved under target/fuzz-crashes to become a case in events/.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261126L);
    /** The full run, in mvn verify; mvn test fuzzes a tenth of it for quick feedback. */
    private static final int ENVELOPES = Integer.getInteger("fuzz.count", 5000);

    private static final int QUICK_ENVELOPES = 500;
    private static final int MAX_SPEECH_CHARS = 8000;
    private static final int MAX_RESPONSE_BYTES = 24 * 1024;
    private static final long CALL_LIMIT_MS = 5000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The skill's own words in each locale it speaks; a request in any other locale is answered in the default. */
    private static final Map<String, Echoes> ECHOES = Locales.SUPPORTED.stream()
            .collect(Collectors.toMap(
                    locale -> locale, locale -> new Echoes(ContentFile.bundled(locale), Speech.load(locale))));

    private static ExecutorService executor;

    @BeforeAll
    static void start() {
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @Test
    void hundreds_of_hostile_envelopes_get_an_answer_or_a_clean_refusal_never_a_crash() throws Exception {
        fuzz(QUICK_ENVELOPES, SEED + 1);
    }

    @Test
    @Tag("slow")
    void thousands_of_hostile_envelopes_get_an_answer_or_a_clean_refusal_never_a_crash() throws Exception {
        fuzz(ENVELOPES, SEED);
    }

    private void fuzz(int count, long seed) throws Exception {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        EnvelopeMutator mutator = new EnvelopeMutator(seed);
        List<JsonNode> originals = new ArrayList<>();
        Events.names().forEach(name -> originals.add(Events.load(name)));
        List<String> failures = new ArrayList<>();
        int responses = 0;
        int refusals = 0;
        for (int i = 0; i < count; i++) {
            byte[] envelope = mutator.mutate(originals.get(i % originals.size()));
            String problem;
            try {
                byte[] response = invokeBounded(skill, envelope);
                problem = checkResponse(envelope, response);
                responses++;
            } catch (AskSdkException refused) {
                refusals++;
                problem = null;
            } catch (TimeoutException hung) {
                problem = "no answer within " + CALL_LIMIT_MS + " ms";
            } catch (Exception crash) {
                Throwable cause = crash.getCause() == null ? crash : crash.getCause();
                problem = cause instanceof AskSdkException ? null : "crashed with " + cause;
                if (problem == null) {
                    refusals++;
                }
            }
            if (problem != null) {
                failures.add("#" + i + ": " + problem);
                save(i, envelope);
            }
        }
        System.out.printf(
                "Fuzzed %d envelopes (seed %d): %d responses, %d refusals, %d failures%n",
                count, seed, responses, refusals, failures.size());

        assertThat(failures).isEmpty();
        assertThat(responses + refusals).isEqualTo(count);
        assertThat(responses).as("most envelopes still reach the skill").isGreaterThan(count / 3);
    }

    private static byte[] invokeBounded(SkillHarness skill, byte[] envelope) throws Exception {
        Future<byte[]> call = executor.submit(() -> skill.invokeBytes(envelope));
        try {
            return call.get(CALL_LIMIT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            call.cancel(true);
            executor.shutdownNow();
            executor = Executors.newSingleThreadExecutor();
            throw e;
        }
    }

    /**
     * Null when the response is a well-formed Alexa response within limits that carries nothing of its request but
     * the skill's own words and references; otherwise what is wrong with it.
     */
    static String checkResponse(byte[] request, byte[] response) {
        String problem = checkResponse(response);
        if (problem != null) {
            return problem;
        }
        try {
            JsonNode asked = MAPPER.readTree(request);
            String locale = asked.path("request").path("locale").asText();
            return ECHOES.getOrDefault(locale, ECHOES.get(Locales.DEFAULT)).find(asked, MAPPER.readTree(response));
        } catch (Exception notJson) {
            // a request that is not JSON has no session or slots to echo; the markers were checked above
            return null;
        }
    }

    /**
     * Null when the response is a well-formed Alexa response within limits that carries no planted marker anywhere
     * (speech, reprompt, card, directives, session attributes); otherwise what is wrong with it.
     */
    static String checkResponse(byte[] bytes) {
        if (bytes.length > MAX_RESPONSE_BYTES) {
            return "response is " + bytes.length + " bytes; Alexa allows " + MAX_RESPONSE_BYTES;
        }
        JsonNode envelope;
        try {
            envelope = MAPPER.readTree(bytes);
        } catch (Exception e) {
            return "response is not JSON";
        }
        if (envelope == null
                || !envelope.path("version").isTextual()
                || !envelope.path("response").isObject()) {
            return "response is not an Alexa response envelope";
        }
        JsonNode response = envelope.path("response");
        for (JsonNode speech :
                List.of(response.path("outputSpeech"), response.path("reprompt").path("outputSpeech"))) {
            if (speech.isMissingNode()) {
                continue;
            }
            String ssml = speech.path("ssml").asText("");
            if (ssml.length() > MAX_SPEECH_CHARS) {
                return "speech is " + ssml.length() + " characters";
            }
            if (!parses(ssml)) {
                return "speech is not well-formed SSML: " + ssml.substring(0, Math.min(200, ssml.length()));
            }
            if (ssml.contains("{") || ssml.contains("}")) {
                return "speech has a phrase's placeholder left in: " + ssml.substring(0, Math.min(200, ssml.length()));
            }
        }
        String directives = response.path("directives").toString();
        if (directives.contains(EnvelopeMutator.MARKER) || directives.contains(EnvelopeMutator.SESSION_MARKER)) {
            return "user or session text was echoed onto a screen";
        }
        for (JsonNode directive : response.path("directives")) {
            if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")
                    && (!directive.path("document").path("mainTemplate").isObject()
                            || !directive.path("datasources").path("rg").isObject())) {
                return "a screen without its document or its words: " + directive.path("token");
            }
        }
        String card = response.path("card").toString();
        if (card.length() > MAX_SPEECH_CHARS) {
            return "card is " + card.length() + " characters";
        }
        String carried = envelope.toString().toUpperCase(Locale.ROOT);
        for (String marker : List.of(EnvelopeMutator.MARKER, EnvelopeMutator.SESSION_MARKER)) {
            if (carried.contains(marker)) {
                return "request text (" + marker + ") came back in the response";
            }
        }
        return null;
    }

    private static boolean parses(String ssml) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
            return ssml.startsWith("<speak>") && ssml.endsWith("</speak>");
        } catch (Exception e) {
            return false;
        }
    }

    private static void save(int index, byte[] envelope) {
        try {
            Path directory = Path.of("target", "fuzz-crashes");
            Files.createDirectories(directory);
            Files.write(directory.resolve("fuzz-" + SEED + "-" + index + ".json"), envelope);
        } catch (Exception e) {
            System.err.println("Could not save fuzz case " + index + ": " + e);
        }
    }

    /**
     * Touches with random and forged arguments from an Echo Show: each gets a response within limits that is an
     * answer or the fallback, never the apology for an error, and never shows or says what the touch carried.
     */
    @Test
    void hundreds_of_random_and_forged_touches_get_an_answer_or_the_fallback_never_an_error() throws Exception {
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        EnvelopeMutator mutator = new EnvelopeMutator(SEED + 2);
        String apology = Speech.load("en-US").get(Phrase.ERROR_APOLOGY);
        String fallback = Speech.load("en-US").get(Phrase.FALLBACK);
        String[] tokens = {"answer", "welcome", "topics", "category", "emergency", EnvelopeMutator.MARKER};
        List<String> failures = new ArrayList<>();
        int fallbacks = 0;
        for (int i = 0; i < QUICK_ENVELOPES; i++) {
            ObjectNode envelope = Events.onAScreen().userEvent(tokens[i % tokens.length], List.of());
            Events.request(envelope).set("arguments", mutator.touchArguments());
            byte[] response = invokeBounded(skill, MAPPER.writeValueAsBytes(envelope));
            String problem = checkResponse(response);
            String said = Ssml.toPlainText(MAPPER.readTree(response)
                    .path("response")
                    .path("outputSpeech")
                    .path("ssml")
                    .asText(""));
            if (problem == null && said.contains(apology)) {
                problem = "the apology for an error";
            }
            if (problem != null) {
                failures.add("#" + i + " " + Events.request(envelope).path("arguments") + ": " + problem);
            }
            fallbacks += said.startsWith(fallback) ? 1 : 0;
        }

        assertThat(failures).isEmpty();
        assertThat(fallbacks).as("most random touches are not the skill's").isGreaterThan(QUICK_ENVELOPES / 2);
    }

    @Test
    void the_checker_rejects_what_alexa_would_reject() {
        assertThat(checkResponse(
                        "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"ssml\":\"<speak>a & b</speak>\"}}}"
                                .getBytes(StandardCharsets.UTF_8)))
                .contains("not well-formed");
        assertThat(checkResponse(("{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"ssml\":\"<speak>"
                                + EnvelopeMutator.MARKER + "</speak>\"}}}")
                        .getBytes(StandardCharsets.UTF_8)))
                .contains("came back");
        assertThat(checkResponse(("{\"version\":\"1.0\",\"sessionAttributes\":{\"topic\":\"a_"
                                + EnvelopeMutator.SESSION_MARKER.toLowerCase(Locale.ROOT)
                                + "\"},\"response\":{\"outputSpeech\":{\"ssml\":\"<speak>Hi.</speak>\"}}}")
                        .getBytes(StandardCharsets.UTF_8)))
                .contains("came back");
        assertThat(checkResponse("not json".getBytes(StandardCharsets.UTF_8))).contains("not JSON");
        assertThat(checkResponse(("{\"version\":\"1.0\",\"response\":{\"directives\":[{\"type\":"
                                + "\"Alexa.Presentation.APL.RenderDocument\",\"datasources\":{\"rg\":{\"text\":\""
                                + EnvelopeMutator.MARKER + "\"}}}]}}")
                        .getBytes(StandardCharsets.UTF_8)))
                .contains("onto a screen");
        assertThat(checkResponse(
                        "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"ssml\":\"<speak>Hi.</speak>\"}}}"
                                .getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    @Test
    void the_checker_rejects_a_response_carrying_request_text_that_is_not_the_skill_s_own() {
        String forgedCaregiver = "{\"caregiver\":\"1|2026-11-26|../../etc\"}";
        assertThat(checkResponse(
                        request(forgedCaregiver, "\"slots\":{}"),
                        response(forgedCaregiver, "<speak>What would you like to know?</speak>")))
                .contains("session attribute came back");
        assertThat(checkResponse(
                        request("{}", "\"slots\":{\"topic\":{\"name\":\"topic\",\"value\":\"my cat's lump\"}}"),
                        response("{}", "<speak>I can't help with my cat&apos;s lump.</speak>")))
                .contains("slot topic came back");
    }

    @Test
    void the_checker_accepts_the_skill_s_own_words_and_references_coming_back() {
        String references = "{\"topic\":\"mrd\",\"offer\":\"MORE_OR_TEXT\",\"said\":\"a:mrd;p:OFFER_MORE_OR_TEXT\","
                + "\"caregiver\":\"1|2026-11-26|mrd\"}";
        assertThat(checkResponse(
                        request(references, "\"slots\":{\"topic\":{\"name\":\"topic\",\"value\":\"blinatumomab\"}}"),
                        response(references, "<speak>Blinatumomab, brand name Blincyto, is an antibody.</speak>")))
                .isNull();
    }

    private static byte[] request(String attributes, String slots) {
        return ("{\"session\":{\"attributes\":" + attributes + "},\"request\":{\"intent\":{" + slots + "}}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] response(String attributes, String ssml) {
        return ("{\"version\":\"1.0\",\"sessionAttributes\":" + attributes
                        + ",\"response\":{\"outputSpeech\":{\"ssml\":\"" + ssml + "\"}}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
