package org.relapseguide.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @Test
    void a_word_named_on_two_lines_of_a_pairs_section_is_refused_rather_than_half_forgotten() {
        Language language =
                Language.parse("en-US", "[equivalences]\nresult = results, report\nresult = how well it works\n");

        assertThatThrownBy(() -> language.pairs("equivalences"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"result\" on two lines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void the_bundled_languages_name_every_word_once(String locale) {
        Language language = Language.load(locale);

        assertThat(language.pairs("equivalences")).isNotEmpty();
        assertThat(language.pairs("carriers")).isNotEmpty();
        assertThat(language.pairs("contractions")).isNotEmpty();
    }
}
