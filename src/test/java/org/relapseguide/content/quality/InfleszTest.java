package org.relapseguide.content.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapseguide.content.Pronunciation;

/**
 * INFLESZ is Szigriszt-Pazos' formula over Spanish syllables: the worked examples are counted by hand with the RAE's
 * rules (Ortografía, 2010): an unstressed i, u or ü joins the vowel beside it into a diphthong; two strong vowels, or
 * a stressed í or ú beside a strong one, are a hiatus.
 */
class InfleszTest {
    private final Inflesz inflesz = new Inflesz(List.of());

    @Test
    void the_formula_is_206_835_less_62_3_syllables_a_word_less_words_a_sentence() {
        // 6 syllables, 4 words, 1 sentence: 206.835 - 62.3 * 6 / 4 - 4 / 1.
        assertThat(Inflesz.of(6, 4, 1)).isCloseTo(109.385, within(0.001));
        assertThat(Inflesz.of(20, 9, 1)).isCloseTo(59.391, within(0.001));
    }

    @Test
    void a_sentence_scores_what_its_hand_count_gives() {
        // el(1) ni-ño(2) co-me(2) pan(1): 6 syllables, 4 words.
        assertThat(inflesz.score("El niño come pan.")).isCloseTo(109.385, within(0.001));
        // los(1) tra-ta-mien-tos(4) ac-tua-les(3) lo-gran(2) bue-nos(2) re-sul-ta-dos(4) en(1) los(1) ni-ños(2).
        assertThat(inflesz.score("Los tratamientos actuales logran buenos resultados en los niños."))
                .isCloseTo(59.391, within(0.001));
    }

    @Test
    void each_sentence_counts_so_two_short_ones_read_easier_than_one_long_one() {
        // Same 20 syllables and 9 words; a second sentence halves the words a sentence.
        assertThat(inflesz.score("Los tratamientos actuales logran buenos resultados. En los niños."))
                .isCloseTo(63.891, within(0.001));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "pan, 1",
        "niño, 2",
        "leucemia, 3", // leu-ce-mia: two diphthongs
        "recaída, 4", // re-ca-í-da: a stressed í breaks the diphthong
        "día, 2",
        "país, 2",
        "oír, 2",
        "reúne, 3",
        "aéreo, 4", // a-é-re-o: strong vowels stay apart
        "ciudad, 2", // ciu-dad: two weak vowels join
        "cuidado, 3",
        "guía, 2",
        "pingüino, 3", // pin-güi-no: ü is a weak vowel
        "quimioterapia, 5",
        "linfoblástica, 5",
        "hematopoyéticas, 7", // y before a vowel is a consonant
        "muy, 1", // a final y closes the diphthong
        "hoy, 1",
        "y, 1", // alone, y is the vowel of "and"
        "R, 1" // a spelled letter (ERM said "e erre eme") is one syllable at least
    })
    void spanish_words_have_their_syllables(String word, int syllables) {
        assertThat(Inflesz.syllables(word)).isEqualTo(syllables);
    }

    @ParameterizedTest(name = "{0} is said in {1} syllables")
    @CsvSource({
        "2, 1", // dos
        "15, 2", // quin-ce
        "52, 5", // cin-cuen-ta y dos
        "100, 1", // cien
        "101, 4", // cien-to u-no
        "500, 3", // qui-nien-tos
        "1000, 1", // mil
        "2024, 6", // dos mil vein-ti-cua-tro
        "1996, 10" // mil no-ve-cien-tos no-ven-ta y seis
    })
    void numbers_count_as_they_are_said(String number, int syllables) {
        assertThat(Inflesz.syllables(number)).isEqualTo(syllables);
    }

    @Test
    void a_thousands_comma_is_part_of_the_number() {
        assertThat(inflesz.score("Hallan 1 en 10,000.")).isEqualTo(inflesz.score("Hallan 1 en 10000."));
    }

    @Test
    void terms_are_scored_as_they_are_said() {
        Inflesz withAlias = new Inflesz(List.of(new Pronunciation("ERM", "e erre eme")));

        assertThat(withAlias.score("La ERM es baja.")).isEqualTo(inflesz.score("La e erre eme es baja."));
        assertThat(withAlias.score("La ERM es baja.")).isNotEqualTo(inflesz.score("La ERM es baja."));
    }

    @Test
    void plain_spanish_scores_higher_than_technical_spanish() {
        assertThat(inflesz.score("La quimio es un tratamiento. Se da en el hospital."))
                .isGreaterThan(65)
                .isGreaterThan(inflesz.score("El acondicionamiento mieloablativo precede al trasplante alogénico."));
    }
}
