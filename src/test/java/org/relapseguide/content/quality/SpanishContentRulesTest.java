package org.relapseguide.content.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentMeasures;
import org.relapseguide.content.EmergencySign;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Source;
import org.relapseguide.content.Topic;
import org.relapseguide.content.TopicShape;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;

/** Spanish content is held to the Spanish measures of measures/es-US.properties, and each of them can fail. */
class SpanishContentRulesTest {
    private static final Clock TODAY =
            Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final ContentMeasures ES = ContentMeasures.of("es-US");
    private static final ContentMeasures EN = ContentMeasures.of("en-US");
    /** Easy Spanish (INFLESZ 102): "la(1) qui-mio(2) es(1) un(1) tra-ta-mien-to(4). se(1) da(1) en(1) el(1) hos-pi-tal(3)". */
    private static final String PLAIN = "La quimio es un tratamiento. Se da en el hospital.";
    /** INFLESZ 59.4, "normal": easy enough for one answer (55), not for the median (65). */
    private static final String NORMAL = "Los tratamientos actuales logran buenos resultados en los niños.";

    private static Topic topic(String id) {
        return new Topic(
                id,
                "Tema " + id,
                Category.BASICS,
                PLAIN,
                List.of(PLAIN),
                "Detalles en texto.",
                List.of("tema " + id.replace('_', ' '), "el tema " + id, "un tema " + id),
                List.of("S1"),
                LocalDate.of(2026, 12, 1));
    }

    private static List<Finding> validate(String locale, Topic... topics) {
        Speech speech = Speech.load(locale);
        ContentFile.Document document = new ContentFile.Document(
                ContentValidator.SCHEMA_VERSION,
                locale,
                "test",
                List.of(new Source("S1", "Una fuente", "https://example.org/a")),
                List.of(),
                List.of(new EmergencySign("fever", "fiebre", List.of("tiene fiebre"))),
                List.of(topics));
        return new ContentValidator(
                        TODAY,
                        ContentMeasures.of(locale),
                        speech.get(Phrase.EMERGENCY_LEAD),
                        speech.get(Phrase.SMS_FOOTER),
                        List.of(speech.get(Phrase.OFFER_MORE_OR_TEXT)))
                .validate(document);
    }

    private static List<Finding> validate(Topic... topics) {
        return validate("es-US", topics);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void plain_spanish_passes_every_rule() {
        assertThat(validate(topic("uno"))).isEmpty();
    }

    @Test
    void a_spanish_answer_may_have_forty_five_words_and_no_more() {
        String fortyFive = String.join(" ", Collections.nCopies(45, "sí"));

        assertThat(TopicShape.check(topic("uno").withAnswer(fortyFive), ES)).isEmpty();
        assertThat(TopicShape.check(topic("uno").withAnswer(fortyFive + " sí"), ES))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("answer has 46 words; at most 45"));
        assertThat(rules(TopicShape.check(topic("uno").withMore(List.of(fortyFive + " sí")), ES)))
                .containsExactly("words");
        assertThat(rules(TopicShape.check(topic("uno").withAnswer(fortyFive), EN)))
                .containsExactly("words");
    }

    @Test
    void a_spanish_answer_or_follow_up_below_inflesz_55_is_reported() {
        String hard = "El acondicionamiento mieloablativo precede al trasplante alogénico.";

        assertThat(validate(topic("uno").withMore(List.of(hard))))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("readability");
                    assertThat(f.message()).startsWith("more[0] has INFLESZ");
                });
        assertThat(rules(validate(topic("uno").withAnswer(hard)))).contains("readability");
    }

    @Test
    void a_median_answer_below_inflesz_65_is_reported_even_when_each_is_above_55() {
        List<Topic> topics = new ArrayList<>();
        for (String id : List.of("uno", "dos", "tres")) {
            topics.add(topic(id).withAnswer(NORMAL));
        }

        assertThat(validate(topics.toArray(Topic[]::new))).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("file");
            assertThat(f.message()).isEqualTo("median INFLESZ of the answers is 59.4; at least 65.0");
        });
    }

    @Test
    void english_is_still_held_to_its_grade_and_not_to_inflesz() {
        Topic english =
                topic("uno").withAnswer("A short answer in plain words.").withMore(List.of("More words."));

        assertThat(validate("en-US", english)).isEmpty();
    }

    @Test
    void a_spanish_outlook_answer_must_say_each_child_is_different_and_the_team_knows_the_child() {
        Topic outlook = topic("uno").withCategory(Category.OUTLOOK);
        String says = "Son promedios. Cada niño es diferente; su equipo médico conoce a su hijo.";

        assertThat(validate(outlook.withAnswer(says))).isEmpty();
        assertThat(rules(validate(outlook.withAnswer("Son promedios. Cada niño es diferente."))))
                .containsExactly("outlook");
        assertThat(rules(validate(outlook.withAnswer(
                        "Son promedios. Every child is different; your care team knows your child."))))
                .contains("outlook");
    }

    @Test
    void spanish_synonyms_may_carry_their_accents_but_not_digits() {
        Topic accented = topic("uno").withSynonyms(List.of("pronóstico", "está en remisión", "niño pequeño"));

        assertThat(validate(accented)).isEmpty();
        assertThat(rules(validate(topic("uno").withSynonyms(List.of("cd diecinueve", "cd19", "marcador")))))
                .containsExactly("synonym");
        assertThat(rules(validate("en-US", accented))).contains("synonym");
    }

    @Test
    void a_text_may_be_written_with_spanish_accents_but_not_with_typography_outside_gsm7() {
        assertThat(validate(topic("uno").withText("Quimio intratecal: el líquido cefalorraquídeo, ¿sí?")))
                .isEmpty();
        assertThat(rules(validate(topic("uno").withText("La \u201cquimio\u201d \u2014 ya"))))
                .containsExactly("gsm7");
        assertThat(rules(validate(topic("uno").withText("á".repeat(300))))).contains("sms");
    }

    @Test
    void a_safety_answer_must_start_with_the_spanish_emergency_sentence() {
        Topic safety = topic("uno").withCategory(Category.SAFETY);
        String lead = Speech.load("es-US").get(Phrase.EMERGENCY_LEAD);

        assertThat(validate(safety.withAnswer(lead + " " + PLAIN))).isEmpty();
        assertThat(rules(validate(safety.withAnswer("Call your care team or emergency services now. " + PLAIN))))
                .contains("safety");
    }
}
