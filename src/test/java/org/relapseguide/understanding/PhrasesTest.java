package org.relapseguide.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasesTest {

    private static final Phrases READINGS =
            new Phrases(List.of("oxygen * 50-89", "101-107 degrees"), word -> List.of(word.split(" ")));

    @ParameterizedTest
    @CsvSource({
        "her oxygen is 85, true",
        "oxygen 50, true",
        "oxygen went down to 89, true",
        "her oxygen is 98, false",
        "oxygen 90, false",
        "oxygen 8500, false",
        "she is 102 degrees, true",
        "it is 101 degrees, true",
        "it is 100 degrees, false",
        "78 degrees, false",
        "102 out, false",
    })
    void a_range_matches_a_whole_number_said_within_it_at_the_start_of_a_phrase_or_inside_it(
            String said, boolean found) {
        assertThat(READINGS.anyIn(List.of(said.split(" ")))).isEqualTo(found);
        assertThat(READINGS.find(List.of(said.split(" ")))).hasSize(found ? 1 : 0);
    }
}
