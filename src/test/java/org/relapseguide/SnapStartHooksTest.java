package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.content.Topic;
import org.relapseguide.local.ContentLoad;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.local.LocalTables;
import org.relapseguide.snapstart.PrimingRequests;
import org.relapseguide.snapstart.SnapStartHooks;
import org.relapseguide.testing.CapturedLogs;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.ProfileApiStub;
import org.relapseguide.testing.SnsStub;
import org.relapseguide.testing.TestClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The SnapStart hooks, called directly: priming answers a request for every handler through the production skill
 * and sends nothing, writes nothing and calls no Customer Profile API; a restore makes the content be checked again.
 */
@ExtendWith(DynaliteExtension.class)
class SnapStartHooksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @AfterEach
    void forgetEndpoints() {
        System.clearProperty("aws.endpointUrlDynamoDb");
        System.clearProperty("aws.endpointUrlSns");
    }

    private static Heard invoke(RelapseGuideStreamHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(Events.load(event))), out, null);
        return new Heard(MAPPER.readTree(out.toByteArray()));
    }

    private static void load(DynamoDbClient client, String table, String version, String blinatumomabAnswer) {
        ContentSet file = ContentFile.bundled("en-US");
        List<Topic> topics = file.topics().stream()
                .map(t -> !t.id().equals("blinatumomab") ? t : t.withAnswer(blinatumomabAnswer))
                .toList();
        new ContentLoad(new DynamoDbContentTable(client, table), new PrintStream(OutputStream.nullOutputStream()))
                .load(
                        new ContentSet(
                                "en-US", version, topics, file.sources(), file.pronunciations(), file.emergencySigns()),
                        false);
    }

    @Test
    void priming_walks_every_handler_and_sends_writes_and_looks_up_nothing_then_a_restore_rereads_content(
            Dynalite dynalite) throws Exception {
        String contentTable = TestClients.tableName("content");
        String usersTable = TestClients.tableName("users");
        try (DynamoDbClient client = dynalite.client();
                SnsStub sns = new SnsStub();
                ProfileApiStub profile = new ProfileApiStub();
                CapturedLogs logs = new CapturedLogs()) {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            LocalTables.createContentTable(client, contentTable, quiet);
            LocalTables.createUsersTable(client, usersTable, quiet);
            load(client, contentTable, "before-snapshot", "The answer loaded before the snapshot.");
            sns.optedOut(false).publishSucceeds();
            profile.givesNumber("+1", "5555550147");
            System.setProperty("aws.endpointUrlDynamoDb", dynalite.endpoint().toString());
            System.setProperty("aws.endpointUrlSns", sns.endpoint().toString());
            ProductionSkill production = ProductionSkill.fromEnvironment(Map.of(
                    SkillConfig.SKILL_ID,
                    LocalSkill.SKILL_ID,
                    SkillConfig.CONTENT_TABLE,
                    contentTable,
                    SkillConfig.USERS_TABLE,
                    usersTable,
                    SkillConfig.SMS_ORIGINATION_IDENTITY,
                    "+18885550100"));
            RelapseGuideStreamHandler handler = new RelapseGuideStreamHandler(production);
            SnapStartHooks hooks = new SnapStartHooks(
                    handler,
                    production.priming(),
                    new PrimingRequests(LocalSkill.SKILL_ID, profile.baseUrl()),
                    production.afterRestore());
            int requests = new PrimingRequests(LocalSkill.SKILL_ID, profile.baseUrl())
                    .all()
                    .size();

            hooks.beforeCheckpoint(null);

            assertThat(logs.lines())
                    .anySatisfy(line ->
                            assertThat(line).contains("Primed for the snapshot: " + requests + " requests answered"));
            assertThat(logs.lines()).noneSatisfy(line -> assertThat(line).contains("Priming request"));
            assertThat(logs.lines()).anySatisfy(line -> assertThat(line).contains("text_sent"));
            assertThat(sns.calls("Publish")).isEmpty();
            assertThat(sns.calls("CheckIfPhoneNumberIsOptedOut")).isEmpty();
            assertThat(profile.lookups()).isEmpty();
            assertThat(client.scan(r -> r.tableName(usersTable)).items()).isEmpty();
            assertThat(production.priming().active()).isFalse();

            load(client, contentTable, "after-snapshot", "The answer a clinician corrected after the snapshot.");
            assertThat(invoke(handler, "topic-blinatumomab").speech())
                    .as("within the time-to-live, the primed copy answers")
                    .startsWith("The answer loaded before the snapshot.");

            hooks.afterRestore(null);

            assertThat(invoke(handler, "topic-blinatumomab").speech())
                    .startsWith("The answer a clinician corrected after the snapshot.");
        }
    }

    @Test
    void the_lambda_entry_point_registers_its_hooks_and_a_skill_built_without_them_has_none() {
        RelapseGuideStreamHandler production = new RelapseGuideStreamHandler(
                ProductionSkill.fromEnvironment(Map.of(SkillConfig.SKILL_ID, LocalSkill.SKILL_ID)));
        RelapseGuideStreamHandler plain = new RelapseGuideStreamHandler(SkillFactory.create(
                SkillConfig.local(LocalSkill.SKILL_ID, "INFO"),
                SkillFactory.Ports.of(InMemoryContentRepository.bundled())));

        assertThat(production.snapStartHooks()).isPresent();
        assertThat(plain.snapStartHooks()).isEmpty();
    }
}
