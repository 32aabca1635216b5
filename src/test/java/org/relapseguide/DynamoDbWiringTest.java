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
import org.relapseguide.content.Topic;
import org.relapseguide.local.ContentLoad;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.TestClients;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The production composition from the environment: CONTENT_TABLE and USERS_TABLE switch the skill to the tables,
 * with the endpoint found the SDK's standard way (here its system property, as AWS_ENDPOINT_URL_DYNAMODB would).
 */
@ExtendWith(DynaliteExtension.class)
class DynamoDbWiringTest {
    private static final String ENDPOINT_PROPERTY = "aws.endpointUrlDynamoDb";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TABLE_ANSWER = "This answer about blinatumomab comes from the content table.";

    @AfterEach
    void forgetEndpoint() {
        System.clearProperty(ENDPOINT_PROPERTY);
    }

    private static Heard invoke(RelapseGuideStreamHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(Events.load(event))), out, null);
        return new Heard(MAPPER.readTree(out.toByteArray()));
    }

    @Test
    void with_both_tables_configured_answers_come_from_the_table_and_caregivers_are_remembered(Dynalite dynalite)
            throws Exception {
        String contentTable = TestClients.tableName("content");
        String usersTable = TestClients.tableName("users");
        ContentSet file = ContentFile.bundled("en-US");
        List<Topic> topics = file.topics().stream()
                .map(t -> !t.id().equals("blinatumomab") ? t : t.withAnswer(TABLE_ANSWER))
                .toList();
        try (DynamoDbClient client = TestClients.skill(dynalite.endpoint(), new TestClients.CallCounter())) {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            LocalTables.createContentTable(client, contentTable, quiet);
            LocalTables.createUsersTable(client, usersTable, quiet);
            new ContentLoad(new DynamoDbContentTable(client, contentTable), quiet)
                    .load(
                            new ContentSet(
                                    "en-US",
                                    "table-version",
                                    topics,
                                    file.sources(),
                                    file.pronunciations(),
                                    file.emergencySigns()),
                            false);
        }
        System.setProperty(ENDPOINT_PROPERTY, dynalite.endpoint().toString());

        RelapseGuideStreamHandler handler = new RelapseGuideStreamHandler(ProductionSkill.fromEnvironment(Map.of(
                        SkillConfig.SKILL_ID, LocalSkill.SKILL_ID,
                        SkillConfig.CONTENT_TABLE, contentTable,
                        SkillConfig.USERS_TABLE, usersTable))
                .skill());
        invoke(handler, "launch");
        Heard answer = invoke(handler, "topic-blinatumomab");
        Heard welcomeBack = invoke(handler, "launch");

        Speech speech = Speech.load("en-US");
        assertThat(answer.speech()).startsWith(TABLE_ANSWER);
        assertThat(welcomeBack.speech())
                .startsWith(speech.get(Phrase.WELCOME_BACK))
                .contains(speech.get(
                        Phrase.RESUME_OFFER,
                        "topic",
                        file.topic("blinatumomab").orElseThrow().title()));
    }
}
