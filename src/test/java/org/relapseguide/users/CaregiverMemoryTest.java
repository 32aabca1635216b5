package org.relapseguide.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaregiverMemoryTest {
    @Test
    void the_session_form_reads_back_as_the_same_memory() {
        CaregiverMemory full = new CaregiverMemory(true, "car_t", LocalDate.of(2026, 11, 26));

        assertThat(full.toSessionForm()).isEqualTo("1|2026-11-26|car_t");
        assertThat(CaregiverMemory.fromSessionForm(full.toSessionForm())).isEqualTo(full);
        assertThat(CaregiverMemory.fromSessionForm(CaregiverMemory.FIRST_VISIT.toSessionForm()))
                .isEqualTo(CaregiverMemory.FIRST_VISIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1|2026-11-26", "yes|2026-11-26|car_t", "1|yesterday|car_t", "2||"})
    void a_form_it_did_not_write_reads_as_nothing_carried(String form) {
        assertThat(CaregiverMemory.fromSessionForm(form)).isNull();
    }

    @Test
    void nothing_carried_reads_as_nothing() {
        assertThat(CaregiverMemory.fromSessionForm(null)).isNull();
    }
}
