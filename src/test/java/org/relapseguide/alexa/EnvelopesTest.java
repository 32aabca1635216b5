package org.relapseguide.alexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.relapseguide.alexa.Envelopes.Slot;
import org.relapseguide.testing.Events;

/** The envelope builder writes requests exactly as Alexa sends them: the same JSON as the files in events/. */
class EnvelopesTest {

    @Test
    void a_launch_is_the_launch_file() {
        assertThat(Events.asInTheFiles()
                        .request("amzn1.echo-api.request.test-0001", Instant.parse("2026-11-26T12:00:00Z"))
                        .launch())
                .isEqualTo(Events.load("launch"));
    }

    @Test
    void a_topic_question_with_a_resolved_slot_is_the_topic_file() {
        assertThat(Events.topicQuestion("blinatumomab", "blinatumomab")).isEqualTo(Events.load("topic-blinatumomab"));
    }

    @Test
    void an_unresolved_slot_carries_the_words_and_no_values() {
        var slot = Events.asInTheFiles()
                .intent("TopicIntent", Slot.unmatched("topic", "zebra stripes", "TOPIC"))
                .path("request")
                .path("intent")
                .path("slots")
                .path("topic");

        assertThat(slot.path("value").asText()).isEqualTo("zebra stripes");
        assertThat(slot.at("/resolutions/resolutionsPerAuthority/0/status/code").asText())
                .isEqualTo("ER_SUCCESS_NO_MATCH");
        assertThat(slot.at("/resolutions/resolutionsPerAuthority/0/values").isMissingNode())
                .isTrue();
    }

    @Test
    void a_plain_slot_has_no_resolutions_and_the_consent_result_is_the_file() {
        var slot = Events.asInTheFiles()
                .intent("QuestionIntent", Slot.plain("query", "why did it come back"))
                .path("request")
                .path("intent")
                .path("slots")
                .path("query");

        assertThat(slot.has("resolutions")).isFalse();
        assertThat(Events.asInTheFiles()
                        .session(
                                "amzn1.echo-api.session.test-0001",
                                false,
                                Events.sessionAttributes(Events.load("session-resumed-consent-accepted")))
                        .request(
                                Events.request(Events.load("session-resumed-consent-accepted"))
                                        .path("requestId")
                                        .asText(),
                                Instant.parse("2026-11-26T12:00:00Z"))
                        .sessionResumed(
                                Events.request(Events.load("session-resumed-consent-accepted"))
                                        .at("/cause/token")
                                        .asText(),
                                "ACCEPTED"))
                .isEqualTo(Events.load("session-resumed-consent-accepted"));
    }
}
