package org.relapseguide.content;

import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.local.ContentLoad;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.TestClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB repository keeps the content contract, on a real DynamoDB-API server loaded by `content load`. */
@ExtendWith(DynaliteExtension.class)
class DynamoDbContentRepositoryContractTest extends ContentRepositoryContract {
    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createTable(Dynalite dynalite) {
        client = TestClients.skill(dynalite.endpoint(), new TestClients.CallCounter());
        table = TestClients.tableName("content");
        LocalTables.createContentTable(client, table, new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Override
    protected ContentRepository repository(ContentSet content) {
        DynamoDbContentTable contentTable = new DynamoDbContentTable(client, table);
        new ContentLoad(contentTable, new PrintStream(OutputStream.nullOutputStream())).load(content, false);
        return new DynamoDbContentRepository(contentTable, DynamoDbClients.FIRST_CALL);
    }
}
