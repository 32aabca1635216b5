package org.relapseguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.testing.DynamoDbStub;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.LogLines;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.TestClients;
import org.relapseguide.users.ForgetfulCaregiverStore;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A content table that refuses connections, hangs or throttles: the caregiver still hears the right answer (from
 * the snapshot bundled in the jar), within a bounded time, and the log says once that content is degraded.
 */
class DynamoDbContentFaultTest {
    /** Far above the skill's own limits (1.2 s for a first read), far below Alexa's 8 s. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    private final ContentSet bundled = ContentFile.bundled(Locales.DEFAULT);
    private final Speech speech = Speech.load("en-US");

    private Heard askAboutBlinatumomab(URI endpoint, LogLines log) {
        try (DynamoDbClient client = TestClients.skill(endpoint, new TestClients.CallCounter())) {
            SkillHarness skill = SkillHarness.with(
                    new DynamoDbContentRepository(
                            new DynamoDbContentTable(client, "relapse-guide-content"), DynamoDbClients.FIRST_CALL),
                    new ForgetfulCaregiverStore());
            long started = System.nanoTime();
            Heard heard = skill.invoke("topic-blinatumomab");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(BOUND);
            assertThat(heard.speech())
                    .isEqualTo(bundled.topic("blinatumomab").orElseThrow().answer() + " "
                            + speech.get(Phrase.OFFER_MORE_OR_TEXT));
            assertThat(skill.invoke("topic-blinatumomab").speech()).isEqualTo(heard.speech());
            assertThat(log.warnings("Content degraded")).hasSize(1);
            return heard;
        }
    }

    @Test
    void a_table_that_refuses_connections_still_gets_the_caregiver_the_answer() {
        try (LogLines log = LogLines.start()) {
            askAboutBlinatumomab(TestClients.refusing(), log);

            assertThat(log.warnings("Content degraded").get(0)).contains("bundled snapshot");
        }
    }

    @Test
    void a_table_slower_than_the_timeout_still_gets_the_caregiver_the_answer_in_time() {
        try (DynamoDbStub stub = DynamoDbStub.start(
                        operation -> DynamoDbStub.Reply.ok("{}").after(5_000));
                LogLines log = LogLines.start()) {
            askAboutBlinatumomab(stub.endpoint(), log);

            assertThat(stub.operations()).isNotEmpty().containsOnly("GetItem");
        }
    }

    @Test
    void a_throttled_table_still_gets_the_caregiver_the_answer_after_a_bounded_retry() {
        try (DynamoDbStub stub = DynamoDbStub.start(operation -> DynamoDbStub.Reply.throttled());
                LogLines log = LogLines.start()) {
            askAboutBlinatumomab(stub.endpoint(), log);

            assertThat(stub.operations()).hasSizeBetween(1, 2);
            assertThat(log.warnings("Content degraded").get(0)).contains("ProvisionedThroughputExceededException");
        }
    }

    @Test
    void a_table_with_no_published_content_answers_from_the_bundled_snapshot() {
        try (DynamoDbStub stub = DynamoDbStub.start(operation -> DynamoDbStub.Reply.ok("{}"));
                LogLines log = LogLines.start()) {
            askAboutBlinatumomab(stub.endpoint(), log);

            assertThat(log.warnings("Content degraded").get(0)).contains("content load");
        }
    }
}
