package org.relapseguide.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.relapseguide.RelapseGuideStreamHandler;

/**
 * The first real request after initialization, as a SnapStart restore would serve it: construct the Lambda
 * handler, optionally run its SnapStart hooks (prime before the snapshot, then refresh as after a restore), then
 * time one request. Prints the request's milliseconds and the calling thread's CPU milliseconds.
 */
public final class FirstRequest {
    private FirstRequest() {}

    public static void main(String[] args) throws Exception {
        boolean primed = args[0].equals("primed");
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        RelapseGuideStreamHandler handler = new RelapseGuideStreamHandler();
        if (primed) {
            var hooks = handler.snapStartHooks().orElseThrow();
            hooks.beforeCheckpoint(null);
            hooks.afterRestore(null);
        } else {
            // Let the background client build and content prefetch finish, as they would during Lambda's init.
            Thread.sleep(1500);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), response, null);
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.println("first_request_ms=" + wall / 1_000_000.0);
        System.out.println("first_request_cpu_ms=" + cpu / 1_000_000.0);
        System.out.println("response=" + response.toString(StandardCharsets.UTF_8));
    }
}
