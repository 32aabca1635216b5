package org.relapseguide.content.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Source;
import org.relapseguide.content.Topic;

/** A translation has every topic of the English file, cites its sources and says its figures. */
class ParityTest {
    private static final List<String> LEADS =
            List.of("Call your care team or emergency services now.", "Llame ahora a su equipo médico o al 911.");
    private static final Source S1 = new Source("S1", "A source", "https://example.org/a");

    private static Topic topic(String id, String answer, String text, List<String> sources) {
        return new Topic(
                id,
                id,
                Category.BASICS,
                answer,
                List.of(),
                text,
                List.of(id + " one", id + " two", id + " three"),
                sources,
                LocalDate.of(2026, 12, 1));
    }

    private static ContentFile.Document file(String locale, List<Source> sources, Topic... topics) {
        return new ContentFile.Document(2, locale, "test", sources, List.of(), List.of(), List.of(topics));
    }

    private static final ContentFile.Document ENGLISH = file(
            "en-US",
            List.of(S1),
            topic(
                    "outlook",
                    "About 52 in 100 were alive after 5 years, from 1996 to 2014.",
                    "52.5% (1996-2014)",
                    List.of("S1")),
            topic("fever", "For a fever, call emergency services.", "Fever: call now.", List.of("S1")));

    private static List<Finding> check(ContentFile.Document spanish) {
        return Parity.check(ENGLISH, spanish, LEADS);
    }

    @Test
    void a_faithful_translation_passes_even_with_a_source_of_its_own_and_the_emergency_number() {
        Source spanishSource = new Source("ES1", "Una fuente", "https://example.org/es");

        assertThat(check(file(
                        "es-US",
                        List.of(S1, spanishSource),
                        topic(
                                "outlook",
                                "Unos 52 de cada 100 vivían a los 5 años, de 1996 a 2014.",
                                "52.5% (1996-2014)",
                                List.of("S1", "ES1")),
                        topic("fever", "Con fiebre, llame al 911.", "Fiebre: llame ya.", List.of("S1")))))
                .isEmpty();
    }

    @Test
    void a_missing_topic_and_a_topic_english_lacks_are_reported() {
        List<Finding> findings = check(file(
                "es-US",
                List.of(S1),
                topic(
                        "outlook",
                        "Unos 52 de cada 100 a los 5 años, de 1996 a 2014.",
                        "52.5% (1996-2014)",
                        List.of("S1")),
                topic("extra", "Algo más.", "Más.", List.of("S1"))));

        assertThat(findings)
                .extracting(Finding::where, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple("topic fever", "the en-US topic has no counterpart"),
                        tuple("topic extra", "has no en-US topic to translate"));
    }

    @Test
    void a_source_of_the_english_topic_left_out_or_moved_is_reported() {
        Source moved = new Source("S1", "A source", "https://example.org/elsewhere");

        List<Finding> findings = check(file(
                "es-US",
                List.of(moved, new Source("ES1", "Una fuente", "https://example.org/es")),
                topic(
                        "outlook",
                        "Unos 52 de cada 100 a los 5 años, de 1996 a 2014.",
                        "52.5% (1996-2014)",
                        List.of("ES1")),
                topic("fever", "Con fiebre, llame al 911.", "Fiebre: llame ya.", List.of("S1"))));

        assertThat(findings)
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "has another address than the en-US source: https://example.org/a",
                        "does not cite the en-US topic's S1");
    }

    @Test
    void a_changed_dropped_or_added_figure_is_reported() {
        List<Finding> findings = check(file(
                "es-US",
                List.of(S1),
                topic(
                        "outlook",
                        "Unos 53 de cada 100 vivían a los 5 años, de 1996 a 2014.",
                        "52.5% (1996-2015)",
                        List.of("S1")),
                topic("fever", "Con fiebre, llame al 911 en 2 minutos.", "Fiebre: llame ya.", List.of("S1"))));

        assertThat(findings)
                .extracting(Finding::where, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple("topic outlook", "figures differ from the en-US topic's: missing 52, added 2015 53"),
                        tuple("topic fever", "figures differ from the en-US topic's: missing none, added 2"));
    }
}
