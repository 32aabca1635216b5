package org.relapseguide.packaged;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.relapseguide.RelapseGuideStreamHandler;

/**
 * Runs request envelopes through the Lambda entry point in a JVM whose class path is the packaged jar and this one
 * class, as Lambda runs the jar. Prints one line per envelope: {@code RESPONSE <json>}, or {@code THROWN <class>}
 * when the handler threw (as it does for another skill's request), so the test can tell a refusal from a class the
 * jar lost. With {@code --prime} first, the SnapStart hooks run before the envelopes.
 *
 * <p>It references nothing but the JDK and the handler: what it needs from the jar, the jar must have.
 */
public final class EnvelopeRunner {
    private EnvelopeRunner() {}

    public static void main(String[] args) throws Exception {
        RelapseGuideStreamHandler handler = new RelapseGuideStreamHandler();
        int first = 0;
        if (args.length > 0 && args[0].equals("--prime")) {
            var hooks = handler.snapStartHooks().orElseThrow();
            hooks.beforeCheckpoint(null);
            hooks.afterRestore(null);
            first = 1;
        }
        for (int i = first; i < args.length; i++) {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[i]))), response, null);
                System.out.println(
                        "RESPONSE " + response.toString(StandardCharsets.UTF_8).replace('\n', ' '));
            } catch (Throwable thrown) {
                System.out.println("THROWN " + thrown.getClass().getName());
            }
        }
    }
}
