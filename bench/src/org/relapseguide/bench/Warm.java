package org.relapseguide.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm requests: the Lambda handler built from the environment answers one envelope many times after a warm-up,
 * each request timed on its own. Prints p50, p99 and the AWS SDK calls made while measuring (must be 0).
 */
public final class Warm {
    private Warm() {}

    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler =
                (RequestStreamHandler) Class.forName(args[0]).getConstructor().newInstance();
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        int warmUp = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        String expected = args.length > 4 ? args[4] : "";
        for (int i = 0; i < warmUp; i++) {
            invoke(handler, event);
        }
        long callsBefore = CountingInterceptor.CALLS.get();
        long[] nanos = new long[measured];
        String last = "";
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            last = invoke(handler, event);
            nanos[i] = System.nanoTime() - start;
        }
        long calls = CountingInterceptor.CALLS.get() - callsBefore;
        if (!last.contains(expected)) {
            throw new IllegalStateException("Unexpected answer: " + last);
        }
        Arrays.sort(nanos);
        System.out.printf(
                "warm_p50_us=%.1f%nwarm_p99_us=%.1f%nwarm_max_us=%.1f%nwarm_requests=%d%nwarm_aws_calls=%d%n",
                nanos[measured / 2] / 1000.0,
                nanos[(int) Math.ceil(measured * 0.99) - 1] / 1000.0,
                nanos[measured - 1] / 1000.0,
                measured,
                calls);
    }

    private static String invoke(RequestStreamHandler handler, byte[] event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        handler.handleRequest(new ByteArrayInputStream(event), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
