package org.relapseguide.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentMeasures;
import org.relapseguide.content.Pronunciation;
import org.relapseguide.content.quality.ContentValidator;
import org.relapseguide.content.quality.Readability;
import org.relapseguide.content.quality.ReadabilityScale;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import org.relapseguide.voice.Ssml;

/**
 * The pieces of the review page that a browser cannot check as sharply: numbers compared, SSML shown, audio kept,
 * each locale's readability on its own scale and limits.
 */
class ReviewSiteTest {
    private static final String HARD = "mrd";
    private static final String PLAIN = "blinatumomab";
    private final Ssml ssml = new Ssml(List.of(new Pronunciation("blinatumomab", "blin uh TOOM oh mab")));

    @Test
    void numbers_are_compared_across_languages_whatever_their_separators() {
        assertThat(ReviewSite.numbers(List.of("About 1,000 children, 90% of them, in 2.5 years")))
                .containsExactlyInAnyOrder("1000", "90", "2.5");
        assertThat(ReviewSite.numbers(List.of("Unos 1.000 niños, el 90 %, en 2,5 años")))
                .containsExactlyInAnyOrder("1000", "90", "2.5");
    }

    @Test
    void the_answer_is_shown_with_each_pronunciation_beside_its_term_and_spoken_as_the_alias() {
        String body = ssml.render(List.of("Blinatumomab & chemo <together>."));

        assertThat(Html.heard(body))
                .contains("<span class=\"term\" title=\"Alexa says: blin uh TOOM oh mab\">Blinatumomab")
                .contains("&amp; chemo &lt;together&gt;")
                .doesNotContain("<sub");
        assertThat(Html.spoken(body)).isEqualTo("blin uh TOOM oh mab & chemo <together>.");
    }

    @Test
    void text_from_the_content_cannot_become_markup() {
        assertThat(Html.esc("<script>alert('x')</script> \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;q&quot;");
    }

    @Test
    void a_recording_is_kept_at_half_the_rate_in_eight_bits_with_a_true_header() {
        ByteBuffer espeak = ByteBuffer.allocate(44 + 8).order(ByteOrder.LITTLE_ENDIAN);
        espeak.position(44);
        espeak.putShort((short) 0)
                .putShort((short) 256)
                .putShort((short) -32768)
                .putShort((short) -32768);

        ByteBuffer kept = ByteBuffer.wrap(Recordings.smaller(espeak.array())).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(kept.capacity()).isEqualTo(44 + 2);
        assertThat(kept.getInt(24)).as("sample rate").isEqualTo(11_025);
        assertThat(kept.getShort(34)).as("bits a sample").isEqualTo((short) 8);
        assertThat(kept.getInt(40)).as("data length").isEqualTo(2);
        assertThat(kept.get(44) & 0xff).isEqualTo(128);
        assertThat(kept.get(45) & 0xff).isZero();
    }

    @Test
    void the_site_is_served_on_loopback_and_nothing_outside_its_folder_is(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>review</p>");
        Files.writeString(temp.resolve("secret.txt"), "not for the browser");
        HttpClient client = HttpClient.newHttpClient();

        try (SiteServer server = SiteServer.start(site, 0)) {
            HttpResponse<String> index =
                    client.send(HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> outside = client.send(
                    HttpRequest.newBuilder(URI.create(server.uri() + "%2e%2e/secret.txt"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).isEqualTo("<p>review</p>");
            assertThat(index.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(outside.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void each_locale_is_scored_on_its_own_scale_and_flagged_on_the_hard_side_of_its_limit(@TempDir Path temp)
            throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        // The same two sentences, one with plainer words: INFLESZ 40 (under 55) and 63 (under the median's 65 only).
        String hardSpanish = "La quimioterapia destruye las células leucémicas. También afecta otras células sanas y "
                + "produce cansancio.";
        String plainSpanish = "La quimioterapia destruye las células de leucemia. También afecta a otras células, y "
                + "por eso causa cansancio.";
        String hardEnglish = "Chemotherapy destroys leukemia cells. It also affects healthy cells, which is why "
                + "children often feel tired afterwards.";
        String plainEnglish = "The doctors check the marrow with a needle. They look for leukemia cells that are too "
                + "small to see under a microscope.";
        Readability inflesz = ReadabilityScale.INFLESZ.formula(pronunciations("es-US"));
        Readability fleschKincaid = ReadabilityScale.FLESCH_KINCAID.formula(pronunciations("en-US"));
        assertThat(inflesz.score(hardSpanish))
                .as("INFLESZ of the hard Spanish answer")
                .isLessThan(55);
        assertThat(inflesz.score(plainSpanish))
                .as("INFLESZ of the plain Spanish answer")
                .isBetween(55.0, 65.0);
        assertThat(fleschKincaid.score(hardEnglish))
                .as("grade of the hard English answer")
                .isGreaterThan(8);
        assertThat(fleschKincaid.score(plainEnglish))
                .as("grade of the plain English answer")
                .isLessThan(8);
        withOnly(content, "es-US", Map.of(HARD, hardSpanish, PLAIN, plainSpanish));
        withOnly(content, "en-US", Map.of(HARD, hardEnglish, PLAIN, plainEnglish));

        new ReviewSite(ReviewSiteTest::validator, Clock.systemUTC()).build(content, temp.resolve("site"), List.of());
        String index = Files.readString(temp.resolve("site/index.html"));

        double spanishMedian = (inflesz.score(hardSpanish) + inflesz.score(plainSpanish)) / 2;
        double englishMedian = (fleschKincaid.score(hardEnglish) + fleschKincaid.score(plainEnglish)) / 2;
        assertThat(index)
                .contains("<td class=\"flag\">INFLESZ " + oneDecimal(spanishMedian) + " (at least 65)</td>")
                .contains("<td class=\"flag\">1 (INFLESZ at least 55)</td>")
                .contains("<td>Flesch-Kincaid grade " + oneDecimal(englishMedian) + " (at most 8)</td>")
                .contains("<td>no limit on each (Flesch-Kincaid grade)</td>")
                .contains(">limit on each: at least 55</text>")
                .contains(">target: median at most 8</text>");
        assertThat(card(index, "es-US", HARD))
                .contains("<th>INFLESZ</th>")
                .contains("<td class=\"readability flag\" title=\"harder than the limit on each: at least 55\">"
                        + oneDecimal(inflesz.score(hardSpanish)) + "</td>");
        assertThat(card(index, "es-US", PLAIN))
                .contains("<td class=\"readability\">" + oneDecimal(inflesz.score(plainSpanish)) + "</td>")
                .doesNotContain("readability flag");
        assertThat(card(index, "en-US", HARD))
                .contains("<th>Flesch-Kincaid grade</th>")
                .contains("<td class=\"readability flag\" title=\"harder than the target: median at most 8\">"
                        + oneDecimal(fleschKincaid.score(hardEnglish)) + "</td>");
        assertThat(card(index, "en-US", PLAIN))
                .contains("<td class=\"readability\">" + oneDecimal(fleschKincaid.score(plainEnglish)) + "</td>")
                .doesNotContain("readability flag");
        assertThat(readabilityBar(index, "es-US", "INFLESZ", HARD)).isEqualTo("bar over");
        assertThat(readabilityBar(index, "es-US", "INFLESZ", PLAIN)).isEqualTo("bar");
        assertThat(readabilityBar(index, "en-US", "Flesch-Kincaid grade", HARD)).isEqualTo("bar over");
        assertThat(readabilityBar(index, "en-US", "Flesch-Kincaid grade", PLAIN))
                .isEqualTo("bar");
    }

    @Test
    void a_topics_next_step_is_shown_as_a_link_to_that_topic(@TempDir Path temp) throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        withOnly(
                content,
                "en-US",
                Map.of("chemotherapy", "Chemo comes first.", "consolidation", "Then more treatment keeps it away."));

        new ReviewSite(ReviewSiteTest::validator, Clock.systemUTC()).build(content, temp.resolve("site"), List.of());
        String index = Files.readString(temp.resolve("site/index.html"));

        assertThat(card(index, "en-US", "chemotherapy"))
                .contains("Next step")
                .containsPattern("<a href=\"#en-US--consolidation\">[^<]+</a>");
        assertThat(card(index, "en-US", "consolidation")).doesNotContain("Next step");
    }

    private static List<Pronunciation> pronunciations(String locale) throws IOException {
        return ContentFile.read(Path.of("content", locale + ".json")).pronunciations();
    }

    /** The repository's content file for a locale, with only the given topics, each saying the given answer alone. */
    private static void withOnly(Path folder, String locale, Map<String, String> answers) throws IOException {
        ObjectNode tree = (ObjectNode)
                new ObjectMapper().readTree(Path.of("content", locale + ".json").toFile());
        var topics = tree.putArray("topics");
        new ObjectMapper()
                .readTree(Path.of("content", locale + ".json").toFile())
                .path("topics")
                .forEach(topic -> {
                    String id = topic.path("id").asText();
                    if (answers.containsKey(id)) {
                        ObjectNode kept = ((ObjectNode) topic).put("answer", answers.get(id));
                        kept.putArray("more");
                        topics.add(kept);
                    }
                });
        Files.writeString(folder.resolve(locale + ".json"), ContentFile.toText(tree));
    }

    private static ContentValidator validator(String locale) {
        Speech speech = Speech.load(locale);
        return new ContentValidator(
                Clock.systemUTC(),
                ContentMeasures.of(locale),
                speech.get(Phrase.EMERGENCY_LEAD),
                speech.get(Phrase.SMS_FOOTER),
                List.of(speech.get(Phrase.OFFER_MORE_OR_TEXT), speech.get(Phrase.OFFER_TEXT)));
    }

    private static String card(String index, String locale, String topicId) {
        int start = index.indexOf("<article class=\"topic\" id=\"" + locale + "--" + topicId + "\"");
        assertThat(start).as("the card of %s %s", locale, topicId).isNotNegative();
        return index.substring(start, index.indexOf("</article>", start));
    }

    /** The class of a topic's bar in the locale's readability chart: "bar over" when past its limit. */
    private static String readabilityBar(String index, String locale, String scale, String topicId) {
        Matcher bar = Pattern.compile("<a href=\"#" + locale + "--" + topicId + "\"><title>" + topicId + ": "
                        + Pattern.quote(scale) + " [-0-9.]+</title>.*?class=\"(bar(?: over)?)\"/></a>")
                .matcher(index);
        assertThat(bar.find()).as("%s's bar in the %s chart", topicId, scale).isTrue();
        return bar.group(1);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
