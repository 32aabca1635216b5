package org.relapseguide.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Typography becomes plain GSM-7, so one curly quote never turns a whole text into 70-character UCS-2 segments. */
class Gsm7Test {

    @Test
    void curly_quotes_become_straight_quotes() {
        assertThat(Gsm7.normalize("\u201cIt\u2019s back,\u201d she said \u2018again\u2019"))
                .isEqualTo("\"It's back,\" she said 'again'");
    }

    @Test
    void en_and_em_dashes_and_minus_signs_become_hyphens() {
        assertThat(Gsm7.normalize("2\u20133 weeks \u2014 sometimes \u22121")).isEqualTo("2-3 weeks - sometimes -1");
    }

    @Test
    void an_ellipsis_becomes_three_dots() {
        assertThat(Gsm7.normalize("and so on\u2026")).isEqualTo("and so on...");
    }

    @Test
    void non_breaking_and_thin_spaces_become_plain_spaces() {
        assertThat(Gsm7.normalize("CAR\u00a0T in 10\u202fdays,\u2009maybe")).isEqualTo("CAR T in 10 days, maybe");
    }

    @Test
    void accents_outside_gsm7_lose_their_mark_and_those_inside_keep_it() {
        assertThat(Gsm7.normalize("na\u00efve caf\u00e9")).isEqualTo("naive caf\u00e9");
    }

    @Test
    void what_cannot_be_written_in_gsm7_becomes_a_question_mark() {
        assertThat(Gsm7.normalize("ok \u2713")).isEqualTo("ok ?");
    }

    @Test
    void a_normalized_text_is_pure_gsm7() {
        String normalized = Gsm7.normalize("\u201cMRD\u201d \u2013 \u2026 \u00a0\u2264 5\u00b5m \u2022 \u2713");

        assertThat(Gsm7.isGsm7(normalized)).isTrue();
    }

    @Test
    void segments_are_160_septets_alone_and_153_each_when_split() {
        assertThat(Gsm7.segments("a".repeat(160))).isEqualTo(1);
        assertThat(Gsm7.segments("a".repeat(161))).isEqualTo(2);
        assertThat(Gsm7.segments("a".repeat(306))).isEqualTo(2);
        assertThat(Gsm7.segments("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void extension_characters_count_twice() {
        assertThat(Gsm7.septets("[x]\u20ac")).isEqualTo(7);
    }

    @Test
    void spanish_drops_the_accents_gsm7_lacks_and_keeps_those_it_has() {
        assertThat(Gsm7.normalize("¿Qué es la recaída? Información médica: niño, pingüino, ¡sí, acción!"))
                .isEqualTo("¿Qué es la recaida? Informacion médica: niño, pingüino, ¡si, accion!");
        assertThat(Gsm7.normalize("ÁÉÍÓÚ Ñ Ü")).isEqualTo("AÉIOU Ñ Ü");
    }

    @Test
    void folding_accents_leaves_typography_for_the_rule_that_reports_it() {
        assertThat(Gsm7.foldAccents("Línea “uno”")).isEqualTo("Linea “uno”");
    }

    @Test
    void a_spanish_text_with_its_accents_dropped_is_gsm7_at_153_a_segment_not_ucs2() {
        String spanish = "Células T propias modificadas contra la leucemia; 2a+ recaída. ".repeat(4);

        assertThat(Gsm7.isGsm7(spanish)).isFalse();
        assertThat(Gsm7.isGsm7(Gsm7.normalize(spanish))).isTrue();
        assertThat(Gsm7.normalize(spanish)).hasSameSizeAs(spanish);
        assertThat(Gsm7.segments(Gsm7.normalize(spanish))).isEqualTo(2);
    }
}
