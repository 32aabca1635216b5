package org.relapseguide.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.sms.PhoneLookup;
import org.relapseguide.sms.SimulatedPhoneNumbers;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;

/** A failure inside the skill gets a kind apology, keeps the session, and logs the request id and no user data. */
class UnexpectedErrorHandlerTest {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Consumer<String> listener = lines::add;

    @BeforeEach
    void listen() {
        JsonLogging.addListener(listener);
    }

    @AfterEach
    void stopListening() {
        JsonLogging.removeListener(listener);
    }

    @Test
    void a_failing_content_port_gets_an_apology_and_the_session_stays_open() {
        ContentRepository content = mock(ContentRepository.class);
        when(content.content(any()))
                .thenThrow(new IllegalStateException("table exploded for amzn1.ask.account.TEST-CAREGIVER-0001"));
        SkillHarness skill = new SkillHarness(
                content, new SimulatedPhoneNumbers(PhoneLookup.found(SkillHarness.PHONE)), new RecordingSmsSender());

        Heard heard = skill.invoke("topic-blinatumomab");

        assertThat(heard.speech()).isEqualTo("Sorry, something went wrong on my side. Please try asking again.");
        assertThat(heard.keepsSessionOpen()).isTrue();
        assertThat(heard.hasReprompt()).isTrue();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("\"level\":\"ERROR\"")
                        .contains("\"error\":\"java.lang.IllegalStateException\"")
                        .contains("\"requestId\":\"amzn1.echo-api.request.test-"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("amzn1.ask.account"));
    }
}
