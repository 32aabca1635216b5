package org.relapseguide.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimingTest {
    @Test
    void the_first_steps_run_before_the_priming_with_the_guards_up_and_a_failing_one_stops_nothing() {
        Priming priming = new Priming();
        List<String> ran = new ArrayList<>();
        priming.first(() -> ran.add("wait for a client, guards " + (priming.active() ? "up" : "down")));
        priming.first(() -> {
            throw new IllegalStateException("client could not be built");
        });
        priming.first(() -> ran.add("wait for another client"));

        priming.during(() -> ran.add("priming requests"));

        assertThat(ran).containsExactly("wait for a client, guards up", "wait for another client", "priming requests");
        assertThat(priming.active()).isFalse();
    }
}
