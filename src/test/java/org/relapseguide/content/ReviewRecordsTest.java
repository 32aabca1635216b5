package org.relapseguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapseguide.SkillFactory;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.SkillHarness;

/**
 * A card says "Reviewed" only for a clinician's sign-off of the words it shows: never for an unsigned topic, and
 * never once the words changed after signing.
 */
class ReviewRecordsTest {
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 12, 1);
    private final ContentSet bundled = ContentFile.bundled(Locales.DEFAULT);
    private final Topic blinatumomab = bundled.topic("blinatumomab").orElseThrow();

    private Heard cardFor(Topic topic) {
        List<Topic> topics = bundled.topics().stream()
                .map(t -> t.id().equals(topic.id()) ? topic : t)
                .toList();
        ContentSet content = new ContentSet(
                bundled.locale(),
                "test",
                topics,
                bundled.sources(),
                bundled.pronunciations(),
                bundled.emergencySigns());
        return new SkillHarness(SkillFactory.Ports.of(new InMemoryContentRepository(content)))
                .invoke(Events.load("topic-blinatumomab"));
    }

    @Test
    void no_bundled_topic_is_signed_and_every_card_says_it_is_not_yet_reviewed() {
        assertThat(bundled.topics())
                .allSatisfy(t -> assertThat(t.signedReview()).as(t.id()).isEmpty());
        assertThat(cardFor(blinatumomab).cardText())
                .contains("Not yet reviewed by a clinician.")
                .doesNotContain("Reviewed");
    }

    @Test
    void a_topic_signed_as_it_reads_now_shows_who_reviewed_it_and_when() {
        Topic signed = blinatumomab.withReview(new Review("Ana Ruiz, MD", SIGNED_ON, blinatumomab.wordsHash()));

        assertThat(signed.signedReview()).isPresent();
        assertThat(cardFor(signed).cardText())
                .contains("Reviewed by Ana Ruiz, MD on 2026-12-01.")
                .doesNotContain("Not yet reviewed");
    }

    @Test
    void an_edit_after_sign_off_voids_it_whatever_the_field_changed() {
        Review review = new Review("Ana Ruiz, MD", SIGNED_ON, blinatumomab.wordsHash());
        Topic signed = blinatumomab.withReview(review);

        List<Topic> edited = List.of(
                signed.withAnswer(signed.answer() + " More."),
                signed.withMore(List.of(signed.more().get(0))),
                signed.withText(signed.text() + " More."),
                signed.withTitle("Blinatumomab"),
                signed.withSources(List.of("S20")));

        assertThat(edited)
                .allSatisfy(t -> assertThat(t.signedReview()).as(t.toString()).isEmpty());
        assertThat(cardFor(edited.get(0)).cardText())
                .contains("Not yet reviewed")
                .doesNotContain("Reviewed by");
        // Synonyms, example questions and aliases route caregivers to the words; they are not the words signed.
        assertThat(signed.withSynonyms(List.of("blina", "blincyto", "the pump")).signedReview())
                .isPresent();
    }

    @Test
    void a_sign_off_survives_the_content_table() {
        Topic signed = blinatumomab.withReview(new Review("Ana Ruiz, MD", SIGNED_ON, blinatumomab.wordsHash()));

        Topic read = ContentItems.topic(
                "blinatumomab", ContentItems.topicItem("en-US", "v1", signed, 0), ContentMeasures.of("en-US"));

        assertThat(read.review()).isEqualTo(signed.review());
        assertThat(read.signedReview()).isPresent();
        assertThat(ContentItems.topic(
                                "blinatumomab",
                                ContentItems.topicItem("en-US", "v1", blinatumomab, 0),
                                ContentMeasures.of("en-US"))
                        .review())
                .isNull();
    }
}
