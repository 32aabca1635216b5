package org.relapseguide.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.LogLines;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Key-value pairs become JSON fields of their own, which metric filters and saved queries read. */
class JsonLoggerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(JsonLoggerTest.class);

    private static JsonNode only(List<String> lines, String containing) throws Exception {
        List<String> matching =
                lines.stream().filter(l -> l.contains(containing)).toList();
        assertThat(matching).hasSize(1);
        return MAPPER.readTree(matching.get(0));
    }

    @Test
    void key_value_pairs_are_fields_and_numbers_stay_numbers() throws Exception {
        try (LogLines log = LogLines.start()) {
            LOG.atInfo()
                    .addKeyValue("outcome", "answered")
                    .addKeyValue("latencyMs", 12.5)
                    .addKeyValue("seconds", 301L)
                    .log("done {}", "now");

            JsonNode line = only(log.lines(), "done now");

            assertThat(line.path("message").asText()).isEqualTo("done now");
            assertThat(line.path("outcome").asText()).isEqualTo("answered");
            assertThat(line.path("latencyMs").isNumber()).isTrue();
            assertThat(line.path("latencyMs").asDouble()).isEqualTo(12.5);
            assertThat(line.path("seconds").isIntegralNumber()).isTrue();
            assertThat(line.path("logger").asText()).isEqualTo("JsonLoggerTest");
        }
    }

    @Test
    void a_line_below_the_threshold_is_not_written_through_the_fluent_api_either() {
        try (LogLines log = LogLines.start()) {
            LOG.atDebug().addKeyValue("outcome", "hidden").log("not shown");

            assertThat(log.lines()).noneMatch(l -> l.contains("not shown"));
        }
    }

    @Test
    void every_request_line_carries_its_type_intent_topic_outcome_latency_and_locale_as_fields() throws Exception {
        try (LogLines log = LogLines.start()) {
            SkillHarness.withDefaults(new RecordingSmsSender()).invoke("topic-blinatumomab");

            JsonNode line = only(log.lines(), "\"logger\":\"RequestLogInterceptor\"");

            assertThat(line.path(RequestLog.TYPE_FIELD).asText()).isEqualTo("IntentRequest");
            assertThat(line.path(RequestLog.INTENT_FIELD).asText()).isEqualTo("TopicIntent");
            assertThat(line.path(RequestLog.TOPIC_FIELD).asText()).isEqualTo("blinatumomab");
            assertThat(line.path(RequestLog.OUTCOME_FIELD).asText()).isEqualTo("answered");
            assertThat(line.path(RequestLog.LATENCY_FIELD).isNumber()).isTrue();
            assertThat(line.path(RequestLogInterceptor.LOCALE).asText()).isEqualTo("en-US");
            assertThat(line.path("message").asText()).contains("outcome=answered");
        }
    }

    @Test
    void an_intent_name_locale_or_request_id_not_shaped_as_alexa_sends_them_is_logged_as_other() throws Exception {
        ObjectNode envelope = Events.load("topic-blinatumomab");
        ObjectNode request = (ObjectNode) envelope.path("request");
        request.put("locale", "5555550123");
        request.put("requestId", "5555550123");
        ((ObjectNode) request.path("intent")).put("name", "call 5555550123");

        try (LogLines log = LogLines.start()) {
            SkillHarness.withDefaults(new RecordingSmsSender()).invoke(envelope);

            JsonNode line = only(log.lines(), "\"logger\":\"RequestLogInterceptor\"");
            assertThat(line.path(RequestLog.INTENT_FIELD).asText()).isEqualTo("other");
            assertThat(line.path(RequestLogInterceptor.LOCALE).asText()).isEqualTo("other");
            assertThat(line.path("requestId").asText()).isEqualTo("other");
            assertThat(log.lines()).noneMatch(l -> l.contains("5555550123"));
        }
    }
}
