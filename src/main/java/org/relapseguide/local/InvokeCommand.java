package org.relapseguide.local;

import com.amazon.ask.exception.AskSdkException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code invoke FILE}: one request envelope through the Lambda entry point, as {@code sam local invoke -e} does. */
final class InvokeCommand {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InvokeCommand() {}

    static int invoke(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1) {
            throw new Main.UsageException("invoke takes one request envelope file");
        }
        Path file = Path.of(args.get(0));
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            LocalSkill.handler(LocalSkill.Options.defaults(out)).handleRequest(in, response, null);
        } catch (AskSdkException refused) {
            err.println("Refused: " + refused.getMessage() + " (is the envelope's applicationId " + LocalSkill.SKILL_ID
                    + "?)");
            return 1;
        }
        out.println(
                MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(response.toByteArray())));
        return 0;
    }
}
