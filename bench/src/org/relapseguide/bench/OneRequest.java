package org.relapseguide.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A cold start as Lambda does one: construct a Lambda handler class by its no-argument constructor and answer one
 * request envelope. Prints the milliseconds from the process's start (epoch nanoseconds, taken by the script just
 * before it ran java) to the response, and the response's speech, so the script can check the answer.
 */
public final class OneRequest {
    private OneRequest() {}

    public static void main(String[] args) throws Exception {
        long processStartNanos = Long.parseLong(args[0]);
        RequestStreamHandler handler =
                (RequestStreamHandler) Class.forName(args[1]).getConstructor().newInstance();
        byte[] event = Files.readAllBytes(Path.of(args[2]));
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), response, null);
        Instant now = Instant.now();
        long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        System.out.println("response_ms=" + (nowNanos - processStartNanos) / 1_000_000.0);
        System.out.println("response=" + response.toString(StandardCharsets.UTF_8));
    }
}
