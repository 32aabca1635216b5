package org.relapseguide.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapseguide.content.Pronunciation;
import org.relapseguide.voice.Ssml;

/** The pieces of the review page that a browser cannot check as sharply: numbers compared, SSML shown, audio kept. */
class ReviewSiteTest {
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
}
