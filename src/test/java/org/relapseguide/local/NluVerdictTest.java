package org.relapseguide.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** How {@code nlu eval} scores one row against what the skill did. */
class NluVerdictTest {
    @Test
    void the_list_of_topics_answers_what_the_skill_can_do_and_nothing_else() {
        NluCommand.Outcome listed = new NluCommand.Outcome("ListTopicsIntent", "listed_topics", "-", "");

        assertThat(NluCommand.verdict(row("what can you help me with", NluCommand.SKILL_TOPIC), listed))
                .isEqualTo(NluCommand.Verdict.RIGHT);
        assertThat(NluCommand.verdict(row("what is car t", "car_t"), listed)).isEqualTo(NluCommand.Verdict.WRONG_TOPIC);
    }

    @Test
    void a_topic_answered_is_right_only_when_the_row_expects_it() {
        NluCommand.Outcome answered = new NluCommand.Outcome("QuestionIntent", "answered", "car_t", "");

        assertThat(NluCommand.verdict(row("what is car t", "car_t"), answered)).isEqualTo(NluCommand.Verdict.RIGHT);
        assertThat(NluCommand.verdict(row("what is blinatumomab", "blinatumomab"), answered))
                .isEqualTo(NluCommand.Verdict.WRONG_TOPIC);
    }

    private static NluCommand.Row row(String question, String expected) {
        return new NluCommand.Row("t1", "topic", "plain", "-", question, Set.of(expected));
    }
}
