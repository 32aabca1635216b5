package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.content.DynamoDbContentRepository;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.logging.GapLog;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.sms.PhoneLookup;
import org.relapseguide.sms.SimulatedPhoneNumbers;
import org.relapseguide.sms.SmsException;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.sms.TextOutcome;
import org.relapseguide.testing.CloudFormationYaml;
import org.relapseguide.testing.LogLines;
import org.relapseguide.testing.MetricFilterPattern;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.TestClients;
import org.relapseguide.understanding.Understanding;
import org.relapseguide.users.DynamoDbPersistenceAdapter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * template.yaml's production signals hold to the log lines the code really writes: each metric filter's pattern is
 * tried on the lines the skill logs in the scenario it counts (driven through the real skill, captured as written),
 * and on the lines of an ordinary conversation, which no filter may count; the alarms page the operators' own topic;
 * the dashboard and the saved query read fields the lines have.
 */
class ProductionSignalsTest {
    private static final Path TEMPLATE = Path.of("template.yaml");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> FAILED_TEXTS = Set.of(
            TextOutcome.Status.SEND_FAILED.name(),
            TextOutcome.Status.LIMITS_UNAVAILABLE.name(),
            TextOutcome.Status.OUT_OF_TIME.name(),
            TextOutcome.Status.NUMBER_UNAVAILABLE.name());
    private static final long DEGRADED_FOR_SECONDS = 301;

    private static JsonNode template;
    /** Each metric's scenario: the lines the code wrote while it happened. */
    private static final Map<String, List<String>> SCENARIOS = new LinkedHashMap<>();

    private static List<String> ordinaryConversation;

    @BeforeAll
    static void driveTheCodeAndCaptureItsLines() throws IOException {
        template = CloudFormationYaml.read(TEMPLATE);
        ordinaryConversation = skillAnswering(
                SkillHarness.withDefaults(new RecordingSmsSender()),
                "launch",
                "help",
                "list-topics",
                "no-to-offer",
                "stop");
        SkillHarness skill = SkillHarness.withDefaults(new RecordingSmsSender());
        SCENARIOS.put("Answered", skillAnswering(skill, "topic-blinatumomab"));
        SCENARIOS.put("NotUnderstood", skillAnswering(skill, "fallback"));
        SCENARIOS.put("Declined", skillAnswering(skill, "question-should", "question-not-yet", "topic-unknown"));
        SCENARIOS.put("EmergencyAnswered", skillAnswering(skill, "emergency-fever"));
        SCENARIOS.put("TextSent", skillAnswering(skill, "text-details-about-car-t"));
        List<String> failedText = skillAnswering(
                new SkillHarness(
                        InMemoryContentRepository.bundled(),
                        new SimulatedPhoneNumbers(PhoneLookup.found(SkillHarness.PHONE)),
                        failingSender()),
                "text-details-about-car-t");
        SCENARIOS.put("TextNotSent", failedText);
        SCENARIOS.put("TextFailed", failedText);
        SCENARIOS.put("ContentDegradedSeconds", contentTableDownForFiveMinutes());
        SCENARIOS.put("CaregiverMemoryUnavailable", usersTableDown());
        ContentRepository broken = locale -> {
            throw new IllegalStateException("a bug");
        };
        SCENARIOS.put(
                "UnexpectedError",
                skillAnswering(
                        new SkillHarness(
                                broken,
                                new SimulatedPhoneNumbers(PhoneLookup.found(SkillHarness.PHONE)),
                                new RecordingSmsSender()),
                        "topic-blinatumomab"));
    }

    private static List<String> skillAnswering(SkillHarness skill, String... events) {
        try (LogLines log = LogLines.start()) {
            for (String event : events) {
                skill.invoke(event);
            }
            return log.lines();
        }
    }

    private static SmsSender failingSender() {
        return new SmsSender() {
            @Override
            public String send(String phoneNumber, String body) throws SmsException {
                throw new SmsException("throttled by the provider");
            }

            @Override
            public boolean isOptedOut(String phoneNumber) {
                return false;
            }
        };
    }

    /** The content table refuses every call; the retry after five minutes logs how long it has been down. */
    private static List<String> contentTableDownForFiveMinutes() {
        AtomicLong now = new AtomicLong();
        try (DynamoDbClient down = TestClients.skill(TestClients.refusing(), new TestClients.CallCounter());
                LogLines log = LogLines.start()) {
            DynamoDbContentRepository content = new DynamoDbContentRepository(
                    new DynamoDbContentTable(down, "relapse-guide-content"),
                    DynamoDbClients.FIRST_CALL,
                    DynamoDbContentRepository.TIME_TO_LIVE,
                    DynamoDbContentRepository.RETRY_AFTER_FAILURE,
                    now::get);
            content.content("en-US");
            now.addAndGet(Duration.ofSeconds(DEGRADED_FOR_SECONDS).toNanos());
            content.content("en-US");
            return log.lines();
        }
    }

    private static List<String> usersTableDown() {
        try (DynamoDbClient down = TestClients.skill(TestClients.refusing(), new TestClients.CallCounter())) {
            SkillHarness skill = SkillHarness.with(
                    InMemoryContentRepository.bundled(),
                    new DynamoDbPersistenceAdapter(
                            down, "relapse-guide-users", Clock.systemUTC(), DynamoDbClients.FIRST_CALL));
            return skillAnswering(skill, "launch");
        }
    }

    private static Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        template.path("Resources").fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals(type)) {
                found.put(e.getKey(), e.getValue().path("Properties"));
            }
        });
        return found;
    }

    /** Each metric filter, by the name of the metric it counts. */
    private static Map<String, JsonNode> filtersByMetric() {
        Map<String, JsonNode> filters = new LinkedHashMap<>();
        resources("AWS::Logs::MetricFilter").values().forEach(filter -> {
            JsonNode transformations = filter.path("MetricTransformations");
            assertThat(transformations).hasSize(1);
            filters.put(transformations.get(0).path("MetricName").asText(), filter);
        });
        return filters;
    }

    private static MetricFilterPattern pattern(JsonNode filter) {
        return MetricFilterPattern.parse(filter.path("FilterPattern").asText());
    }

    private static ObjectNode ref(String name) {
        return JsonNodeFactory.instance.objectNode().put("Ref", name);
    }

    private static ObjectNode namespace() {
        return JsonNodeFactory.instance.objectNode().put("Fn::Sub", "RelapseGuide/${AWS::StackName}");
    }

    /** A real request line with its outcome changed: for outcomes a scenario above does not reach. */
    private static String requestLineWithOutcome(String outcome) throws IOException {
        String line = SCENARIOS.get("Answered").stream()
                .filter(l -> l.contains("\"logger\":\"RequestLogInterceptor\""))
                .findFirst()
                .orElseThrow();
        ObjectNode tree = (ObjectNode) MAPPER.readTree(line);
        tree.put(RequestLog.OUTCOME_FIELD, outcome);
        return MAPPER.writeValueAsString(tree);
    }

    @Test
    void there_is_a_metric_for_every_signal_the_operators_watch() {
        assertThat(filtersByMetric().keySet())
                .containsExactlyInAnyOrder(
                        "Answered",
                        "NotUnderstood",
                        "Declined",
                        "EmergencyAnswered",
                        "TextSent",
                        "TextNotSent",
                        "TextFailed",
                        "ContentDegradedSeconds",
                        "CaregiverMemoryUnavailable",
                        "UnexpectedError");
        filtersByMetric().values().forEach(filter -> {
            assertThat(filter.path("LogGroupName")).isEqualTo(ref("RelapseGuideLogGroup"));
            assertThat(filter.path("MetricTransformations").get(0).path("MetricNamespace"))
                    .isEqualTo(namespace());
        });
    }

    @Test
    void every_metric_filter_matches_the_line_the_code_writes_in_its_scenario() {
        filtersByMetric().forEach((metric, filter) -> {
            MetricFilterPattern pattern = pattern(filter);
            List<String> lines = SCENARIOS.get(metric);

            assertThat(lines).as(metric + "'s scenario logged").isNotEmpty();
            assertThat(lines.stream().filter(pattern::matches))
                    .as(metric + " counts a line of its scenario: " + String.join("\n", lines))
                    .isNotEmpty();
        });
    }

    @Test
    void no_metric_filter_counts_an_ordinary_conversation() {
        assertThat(ordinaryConversation).hasSizeGreaterThan(4);
        filtersByMetric()
                .forEach((metric, filter) -> assertThat(
                                ordinaryConversation.stream().filter(pattern(filter)::matches))
                        .as(metric)
                        .isEmpty());
    }

    @Test
    void each_scenario_is_counted_by_its_own_metrics_only() {
        Map<String, JsonNode> filters = filtersByMetric();
        SCENARIOS.forEach((scenario, lines) -> {
            Set<String> counting = filters.entrySet().stream()
                    .filter(f -> lines.stream().anyMatch(pattern(f.getValue())::matches))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            Set<String> expected = scenario.startsWith("Text") && !scenario.equals("TextSent")
                    ? Set.of("TextNotSent", "TextFailed")
                    : Set.of(scenario);
            assertThat(counting).as(scenario).isEqualTo(expected);
        });
    }

    @Test
    void every_decline_reason_is_counted_as_declined_and_an_unknown_topic_as_not_understood() throws IOException {
        MetricFilterPattern declined = pattern(filtersByMetric().get("Declined"));
        MetricFilterPattern notUnderstood = pattern(filtersByMetric().get("NotUnderstood"));
        for (Understanding.Reason reason : Understanding.Reason.values()) {
            String line = requestLineWithOutcome("declined_" + reason.name().toLowerCase(Locale.ROOT));
            boolean unknown = reason == Understanding.Reason.UNKNOWN;

            assertThat(declined.matches(line)).as(reason.name()).isEqualTo(!unknown);
            assertThat(notUnderstood.matches(line)).as(reason.name()).isEqualTo(unknown);
        }
        assertThat(declined.matches(requestLineWithOutcome("declined_offer")))
                .as("a caregiver's no to an offer")
                .isFalse();
    }

    @Test
    void every_way_a_text_is_not_sent_is_counted_by_reason_and_failures_page() throws IOException {
        JsonNode notSent = filtersByMetric().get("TextNotSent");
        MetricFilterPattern failed = pattern(filtersByMetric().get("TextFailed"));
        JsonNode dimension = notSent.path("MetricTransformations").get(0).path("Dimensions");
        assertThat(dimension).hasSize(1);
        assertThat(dimension.get(0).path("Key").asText()).isEqualTo("Reason");
        for (TextOutcome.Status status : TextOutcome.Status.values()) {
            String outcome = "text_" + status.name().toLowerCase(Locale.ROOT);
            String line = requestLineWithOutcome(outcome);
            boolean sent = status == TextOutcome.Status.SENT;

            assertThat(pattern(notSent).matches(line)).as(outcome).isEqualTo(!sent);
            assertThat(failed.matches(line)).as(outcome).isEqualTo(FAILED_TEXTS.contains(status.name()));
            if (!sent) {
                assertThat(MetricFilterPattern.select(
                                        dimension.get(0).path("Value").asText(), line)
                                .asText())
                        .isEqualTo(outcome);
            }
        }
    }

    @Test
    void the_content_alarm_fires_on_the_line_logged_after_five_minutes_degraded_and_not_before() {
        JsonNode filter = filtersByMetric().get("ContentDegradedSeconds");
        JsonNode transformation = filter.path("MetricTransformations").get(0);
        JsonNode alarm = resources("AWS::CloudWatch::Alarm").get("ContentDegradedAlarm");
        List<Double> values = SCENARIOS.get("ContentDegradedSeconds").stream()
                .filter(pattern(filter)::matches)
                .map(line -> MetricFilterPattern.select(
                                transformation.path("MetricValue").asText(), line)
                        .asDouble())
                .toList();

        assertThat(alarm.path("MetricName").asText()).isEqualTo("ContentDegradedSeconds");
        assertThat(alarm.path("Statistic").asText()).isEqualTo("Maximum");
        assertThat(alarm.path("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
        assertThat(alarm.path("Threshold").asDouble()).isEqualTo(300.0);
        assertThat(values).containsExactly(0.0, (double) DEGRADED_FOR_SECONDS);
    }

    @Test
    void every_alarm_pages_the_operators_own_topic_and_watches_a_metric_that_exists() {
        Map<String, JsonNode> alarms = resources("AWS::CloudWatch::Alarm");
        Set<String> customMetrics = filtersByMetric().keySet();

        assertThat(alarms.keySet())
                .containsExactlyInAnyOrder(
                        "ContentDegradedAlarm",
                        "UnexpectedErrorsAlarm",
                        "TextsFailingAlarm",
                        "FunctionErrorsAlarm",
                        "FunctionThrottlesAlarm");
        assertThat(resources("AWS::SNS::Topic")).containsOnlyKeys("AlarmTopic");
        alarms.forEach((name, alarm) -> {
            assertThat(alarm.path("AlarmActions")).as(name).containsExactly(ref("AlarmTopic"));
            assertThat(alarm.path("OKActions")).as(name).containsExactly(ref("AlarmTopic"));
            assertThat(alarm.path("TreatMissingData").asText()).as(name).isEqualTo("notBreaching");
            assertThat(alarm.path("AlarmDescription").asText()).as(name).contains("docs/runbook.md#");
            if (alarm.path("Namespace").equals(namespace())) {
                assertThat(customMetrics).contains(alarm.path("MetricName").asText());
            } else {
                assertThat(alarm.path("Namespace").asText()).isEqualTo("AWS/Lambda");
                assertThat(alarm.path("Dimensions").get(0).path("Value")).isEqualTo(ref("RelapseGuideFunction"));
            }
        });
        assertThat(alarms.get("UnexpectedErrorsAlarm").path("MetricName").asText())
                .isEqualTo("UnexpectedError");
        assertThat(alarms.get("TextsFailingAlarm").path("MetricName").asText()).isEqualTo("TextFailed");
        assertThat(alarms.get("FunctionErrorsAlarm").path("MetricName").asText())
                .isEqualTo("Errors");
        assertThat(alarms.get("FunctionThrottlesAlarm").path("MetricName").asText())
                .isEqualTo("Throttles");
    }

    @Test
    void each_runbook_link_of_an_alarm_names_a_heading_of_the_runbook() throws IOException {
        String runbook = Files.readString(Path.of("docs", "runbook.md"));
        Set<String> anchors = runbook.lines()
                .filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9 -]", "")
                        .replace(' ', '-'))
                .collect(Collectors.toSet());
        resources("AWS::CloudWatch::Alarm").forEach((name, alarm) -> {
            Matcher link = Pattern.compile("docs/runbook\\.md#([a-z0-9-]+)")
                    .matcher(alarm.path("AlarmDescription").asText());
            assertThat(link.find()).as(name).isTrue();
            assertThat(anchors).as(name).contains(link.group(1));
        });
    }

    @Test
    void the_dashboard_is_valid_json_that_shows_every_metric_and_every_alarm() throws IOException {
        JsonNode sub = resources("AWS::CloudWatch::Dashboard")
                .get("Dashboard")
                .path("DashboardBody")
                .path("Fn::Sub");
        String body = sub.get(0).asText().replaceAll("\\$\\{[A-Za-z0-9:.]+}", "X");
        JsonNode dashboard = MAPPER.readTree(body);
        String text = sub.get(0).asText();

        assertThat(dashboard.path("widgets").size()).isGreaterThanOrEqualTo(5);
        assertThat(sub.get(1).path("Namespace")).isEqualTo(namespace());
        filtersByMetric()
                .keySet()
                .forEach(metric -> assertThat(text).as(metric).containsPattern("\\b" + metric + "\\b"));
        resources("AWS::CloudWatch::Alarm")
                .keySet()
                .forEach(alarm -> assertThat(text).as(alarm).contains("${" + alarm + ".Arn}"));
    }

    @Test
    void the_saved_query_lists_unanswered_questions_by_fields_the_gap_line_has() throws IOException {
        JsonNode query = resources("AWS::Logs::QueryDefinition").get("UnansweredQuestionsQuery");
        String text = query.path("QueryString").asText();
        String gapLine = SCENARIOS.get("Declined").stream()
                .filter(l -> l.contains("\"logger\":\"GapLog\""))
                .findFirst()
                .orElseThrow();
        JsonNode gap = MAPPER.readTree(gapLine);

        assertThat(query.path("LogGroupNames")).containsExactly(ref("RelapseGuideLogGroup"));
        Matcher filter = Pattern.compile("filter logger = \"(\\w+)\"").matcher(text);
        assertThat(filter.find()).isTrue();
        assertThat(gap.path("logger").asText()).isEqualTo(filter.group(1));
        Matcher by =
                Pattern.compile("stats count\\(\\*\\) as asked by ([\\w, ]+)").matcher(text);
        assertThat(by.find()).isTrue();
        List<String> fields = new ArrayList<>(Arrays.asList(by.group(1).split(",\\s*")));
        assertThat(fields).contains(GapLog.WORDS_FIELD, GapLog.REASON_FIELD, GapLog.NEAREST_FIELD);
        fields.forEach(field -> assertThat(gap.has(field)).as(field).isTrue());
        assertThat(text).contains("sort asked desc");
    }
}
