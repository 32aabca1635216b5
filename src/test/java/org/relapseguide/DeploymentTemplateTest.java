package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.testing.CloudFormationYaml;

/** template.yaml deploys the function the code expects, with exactly the configuration it reads, and no more rights. */
class DeploymentTemplateTest {
    private static final Path TEMPLATE = Path.of("template.yaml");
    private static final Path SAM_LOCAL_ENVIRONMENT = Path.of("env.json");
    private static final Path MAKEFILE = Path.of("Makefile");
    private static final String FUNCTION = "RelapseGuideFunction";
    private static final int ALEXA_TIMEOUT_SECONDS = 8;
    private static final int JAVA_21_CLASS_FILE = 65;
    private static final Set<String> SMS_ACTIONS = Set.of("sns:Publish", "sns:CheckIfPhoneNumberIsOptedOut");
    private static final Set<String> CONTENT_READS =
            Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem");
    private static final Set<String> USER_ITEM_ACTIONS =
            Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");

    private static JsonNode template;

    @BeforeAll
    static void readTemplate() throws IOException {
        template = CloudFormationYaml.read(TEMPLATE);
    }

    private static JsonNode resource(String name) {
        return template.path("Resources").path(name);
    }

    private static JsonNode function() {
        return resource(FUNCTION).path("Properties");
    }

    private static JsonNode parameter(String name) {
        return template.path("Parameters").path(name);
    }

    private static ObjectNode ref(String name) {
        return JsonNodeFactory.instance.objectNode().put("Ref", name);
    }

    private static ObjectNode getAtt(String resource, String attribute) {
        ObjectNode getAtt = JsonNodeFactory.instance.objectNode();
        getAtt.putArray("Fn::GetAtt").add(resource).add(attribute);
        return getAtt;
    }

    private static Map<String, JsonNode> declaredVariables() {
        Map<String, JsonNode> variables = new HashMap<>();
        function()
                .path("Environment")
                .path("Variables")
                .fields()
                .forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
        return variables;
    }

    /** The variables a real deployment sets: CloudFormation drops any whose value is AWS::NoValue. */
    private static Map<String, JsonNode> deployedVariables() {
        Map<String, JsonNode> variables = declaredVariables();
        variables.values().removeIf(value -> value.equals(ref("AWS::NoValue")));
        return variables;
    }

    private static List<String> texts(JsonNode stringOrList) {
        List<String> texts = new ArrayList<>();
        if (stringOrList.isArray()) {
            stringOrList.forEach(item -> texts.add(item.asText()));
        } else if (!stringOrList.isMissingNode()) {
            texts.add(stringOrList.asText());
        }
        return texts;
    }

    private static List<JsonNode> nodes(JsonNode nodeOrList) {
        List<JsonNode> nodes = new ArrayList<>();
        if (nodeOrList.isArray()) {
            nodeOrList.forEach(nodes::add);
        } else if (!nodeOrList.isMissingNode()) {
            nodes.add(nodeOrList);
        }
        return nodes;
    }

    /** Every permission statement in the template: roles' inline policies, policy resources, SAM function policies. */
    private static List<JsonNode> permissionStatements() {
        List<JsonNode> statements = new ArrayList<>();
        template.path("Resources").forEach(resource -> {
            JsonNode properties = resource.path("Properties");
            switch (resource.path("Type").asText()) {
                case "AWS::IAM::Role" ->
                    properties
                            .path("Policies")
                            .forEach(p -> statements.addAll(
                                    nodes(p.path("PolicyDocument").path("Statement"))));
                case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy" ->
                    statements.addAll(nodes(properties.path("PolicyDocument").path("Statement")));
                case "AWS::Serverless::Function" ->
                    properties.path("Policies").forEach(p -> statements.addAll(nodes(p.path("Statement"))));
                default -> {}
            }
        });
        return statements;
    }

    private static List<JsonNode> allowStatements() {
        return permissionStatements().stream()
                .filter(s -> s.path("Effect").asText().equals("Allow"))
                .toList();
    }

    @Test
    void the_handler_the_template_names_is_the_lambda_entry_point() throws Exception {
        String handler = function().path("Handler").asText();
        assertThat(handler).endsWith("::handleRequest");

        Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));

        assertThat(RequestStreamHandler.class.isAssignableFrom(type)).isTrue();
        assertThat(type.getConstructor().getParameterCount()).isZero();
        assertThat(type.getMethod("handleRequest", InputStream.class, OutputStream.class, Context.class))
                .isNotNull();
    }

    @Test
    void the_java_21_runtime_can_run_the_bytecode_the_build_produces() throws IOException {
        assertThat(function().path("Runtime").asText()).isEqualTo("java21");
        try (DataInputStream classFile = new DataInputStream(
                RelapseGuideStreamHandler.class.getResourceAsStream("RelapseGuideStreamHandler.class"))) {
            classFile.readInt();
            classFile.readUnsignedShort();
            assertThat(classFile.readUnsignedShort()).isLessThanOrEqualTo(JAVA_21_CLASS_FILE);
        }
    }

    @Test
    void a_deployment_sets_exactly_the_variables_the_configuration_reads() {
        assertThat(deployedVariables().keySet()).containsExactlyInAnyOrderElementsOf(SkillConfig.VARIABLES);
    }

    @Test
    void the_only_variable_declared_without_a_value_is_the_sdk_endpoint_sam_local_overrides() {
        Set<String> withoutValue = new HashSet<>(declaredVariables().keySet());
        withoutValue.removeAll(deployedVariables().keySet());

        assertThat(withoutValue).containsExactly("AWS_ENDPOINT_URL_DYNAMODB");
    }

    @Test
    void env_json_sets_only_variables_the_template_declares_because_sam_local_ignores_the_rest() throws IOException {
        JsonNode local =
                new ObjectMapper().readTree(SAM_LOCAL_ENVIRONMENT.toFile()).path(FUNCTION);
        Set<String> set = new HashSet<>();
        local.fieldNames().forEachRemaining(set::add);

        assertThat(declaredVariables().keySet()).containsAll(set);
        assertThat(set).containsAll(SkillConfig.VARIABLES).contains("AWS_ENDPOINT_URL_DYNAMODB");
        assertThat(local.path(SkillConfig.SKILL_ID).asText()).isEqualTo(LocalSkill.SKILL_ID);
    }

    @Test
    void each_variable_comes_from_its_own_parameter_or_table() {
        Map<String, JsonNode> variables = deployedVariables();

        assertThat(variables)
                .containsEntry(SkillConfig.SKILL_ID, ref("SkillId"))
                .containsEntry(SkillConfig.LOG_LEVEL, ref("LogLevel"))
                .containsEntry(SkillConfig.CONTENT_TABLE, ref("ContentTable"))
                .containsEntry(SkillConfig.USERS_TABLE, ref("UsersTable"))
                .containsEntry(SkillConfig.SMS_ORIGINATION_IDENTITY, ref("SmsOriginationIdentity"))
                .containsEntry(SkillConfig.SMS_SENDER_ID, ref("SmsSenderId"))
                .containsEntry(SkillConfig.TEXT_RESEND_MINUTES, ref("TextResendMinutes"))
                .containsEntry(SkillConfig.TEXT_DAILY_LIMIT, ref("TextDailyLimit"));
    }

    @Test
    void only_the_skill_whose_id_the_function_checks_may_invoke_it() {
        List<JsonNode> alexaEvents = new ArrayList<>();
        function().path("Events").forEach(event -> {
            if (event.path("Type").asText().equals("AlexaSkill")) {
                alexaEvents.add(event);
            }
        });

        assertThat(alexaEvents)
                .singleElement()
                .satisfies(event ->
                        assertThat(event.path("Properties").path("SkillId")).isEqualTo(ref("SkillId")));
        assertThat(deployedVariables()).containsEntry(SkillConfig.SKILL_ID, ref("SkillId"));
        assertThat(LocalSkill.SKILL_ID)
                .matches(parameter("SkillId").path("AllowedPattern").asText());
    }

    @Test
    void the_text_limits_default_to_what_the_configuration_assumes_when_unset() {
        assertThat(parameter("TextResendMinutes").path("Default").asInt())
                .isEqualTo(SkillConfig.DEFAULT_TEXT_RESEND_MINUTES);
        assertThat(parameter("TextDailyLimit").path("Default").asInt()).isEqualTo(SkillConfig.DEFAULT_TEXT_DAILY_LIMIT);
    }

    @Test
    void every_log_level_the_template_allows_is_one_the_skill_and_lambda_log_at() {
        List<String> allowed = texts(parameter("LogLevel").path("AllowedValues"));
        JsonNode logging = function().path("LoggingConfig");

        assertThat(allowed)
                .isNotEmpty()
                .allSatisfy(level ->
                        assertThat(JsonLogging.parseLevel(level).name()).isEqualTo(level));
        assertThat(logging.path("LogFormat").asText()).isEqualTo("JSON");
        assertThat(logging.path("ApplicationLogLevel")).isEqualTo(ref("LogLevel"));
        assertThat(logging.path("LogGroup")).isEqualTo(ref("RelapseGuideLogGroup"));
        assertThat(resource("RelapseGuideLogGroup")
                        .path("Properties")
                        .path("RetentionInDays")
                        .asInt())
                .isPositive();
    }

    @Test
    void the_function_answers_within_alexas_eight_seconds_and_snap_starts_behind_an_alias() {
        assertThat(function().path("Timeout").asInt()).isBetween(1, ALEXA_TIMEOUT_SECONDS - 1);
        assertThat(function().path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(function().path("AutoPublishAlias").asText()).isEqualTo("live");
        assertThat(template.path("Outputs").path("SkillEndpointArn").path("Value"))
                .isEqualTo(ref(FUNCTION + ".Alias"));
        assertThat(template.path("Outputs").path("ContentTableName").path("Value"))
                .isEqualTo(ref("ContentTable"));
        assertThat(template.path("Outputs").path("UsersTableName").path("Value"))
                .isEqualTo(ref("UsersTable"));
    }

    @Test
    void sam_build_runs_a_makefile_target_that_ships_the_shaded_jar() throws IOException {
        String makefile = Files.readString(MAKEFILE);

        assertThat(resource(FUNCTION).path("Metadata").path("BuildMethod").asText())
                .isEqualTo("makefile");
        assertThat(makefile)
                .contains("build-" + FUNCTION + ":")
                .contains("target/relapse-guide.jar")
                .contains("$(ARTIFACTS_DIR)/lib");
    }

    @Test
    void the_function_runs_as_its_own_role_with_no_managed_policies() {
        assertThat(function().path("Role")).isEqualTo(getAtt("RelapseGuideFunctionRole", "Arn"));
        assertThat(function().has("Policies")).isFalse();
        template.path("Resources")
                .forEach(resource -> assertThat(resource.path("Properties").has("ManagedPolicyArns"))
                        .isFalse());
    }

    @Test
    void no_statement_grants_a_wildcard_action() {
        assertThat(permissionStatements())
                .isNotEmpty()
                .allSatisfy(statement -> assertThat(texts(statement.path("Action")))
                        .isNotEmpty()
                        .noneMatch(action -> action.contains("*")));
    }

    @Test
    void only_the_two_sms_actions_are_granted_on_every_resource() {
        for (JsonNode statement : allowStatements()) {
            if (texts(statement.path("Resource")).contains("*")) {
                assertThat(SMS_ACTIONS).containsAll(texts(statement.path("Action")));
            }
        }
    }

    @Test
    void publishing_to_a_topic_or_push_endpoint_is_denied() {
        ObjectNode everySnsArn =
                JsonNodeFactory.instance.objectNode().put("Fn::Sub", "arn:${AWS::Partition}:sns:*:*:*");

        assertThat(permissionStatements()).anySatisfy(statement -> {
            assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
            assertThat(texts(statement.path("Action"))).containsExactly("sns:Publish");
            assertThat(nodes(statement.path("Resource"))).containsExactly(everySnsArn);
        });
    }

    @Test
    void the_content_table_is_read_only_and_the_users_table_item_read_write() {
        Map<JsonNode, Set<String>> actionsByResource = new HashMap<>();
        for (JsonNode statement : allowStatements()) {
            for (JsonNode resource : nodes(statement.path("Resource"))) {
                actionsByResource
                        .computeIfAbsent(resource, r -> new HashSet<>())
                        .addAll(texts(statement.path("Action")));
            }
        }

        assertThat(actionsByResource.get(getAtt("ContentTable", "Arn"))).isEqualTo(CONTENT_READS);
        assertThat(actionsByResource.get(getAtt("UsersTable", "Arn"))).isEqualTo(USER_ITEM_ACTIONS);
        assertThat(actionsByResource.get(getAtt("RelapseGuideLogGroup", "Arn")))
                .containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(actionsByResource.keySet())
                .containsExactlyInAnyOrder(
                        JsonNodeFactory.instance.textNode("*"),
                        getAtt("ContentTable", "Arn"),
                        getAtt("UsersTable", "Arn"),
                        getAtt("RelapseGuideLogGroup", "Arn"));
    }

    @Test
    void both_tables_are_on_demand_encrypted_and_recoverable_to_a_point_in_time() {
        for (String table : List.of("ContentTable", "UsersTable")) {
            JsonNode properties = resource(table).path("Properties");

            assertThat(properties.path("BillingMode").asText()).as(table).isEqualTo("PAY_PER_REQUEST");
            assertThat(properties.path("SSESpecification").path("SSEEnabled").asBoolean())
                    .as(table)
                    .isTrue();
            assertThat(properties
                            .path("PointInTimeRecoverySpecification")
                            .path("PointInTimeRecoveryEnabled")
                            .asBoolean())
                    .as(table)
                    .isTrue();
        }
    }

    @Test
    void what_the_skill_remembers_about_a_caregiver_expires_by_itself() {
        JsonNode ttl = resource("UsersTable").path("Properties").path("TimeToLiveSpecification");

        assertThat(ttl.path("Enabled").asBoolean()).isTrue();
        assertThat(ttl.path("AttributeName").asText()).isEqualTo("expiresAt");
    }
}
