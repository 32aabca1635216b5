package org.relapseguide.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.Locales;

/**
 * The AWS SDK's part of a cold start, without the skill: the skill's own DynamoDB client, built on the calling
 * thread, then the two reads a cold start makes (the locale's pointer item, then a Query of its version's items).
 * No ASK SDK, no request parsing, no answer: the floor the content table puts under the skill's cold start.
 */
public final class SdkAloneHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        DynamoDbContentTable table =
                new DynamoDbContentTable(DynamoDbClients.forSkill(), System.getenv("CONTENT_TABLE"));
        String locale = Locales.DEFAULT;
        DynamoDbContentTable.Pointer pointer = table.pointer(locale, null).orElseThrow();
        int items = table.version(locale, pointer.version(), null).size();
        output.write(("items=" + items).getBytes(StandardCharsets.UTF_8));
    }
}
