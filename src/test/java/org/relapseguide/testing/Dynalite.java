package org.relapseguide.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A real DynamoDB-API server (dynalite, from {@code package-lock.json}) on a free loopback port, in memory or on
 * disk. It can be stopped and restarted on the same port, to test what the skill does while its table is gone.
 */
public final class Dynalite {
    private static final Path CLI = Path.of("node_modules", "dynalite", "cli.js");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final int port;
    private final Path directory;
    private Process process;

    private Dynalite(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    /** Starts a server on a free port, in memory, and waits until it is listening. */
    public static Dynalite start() {
        Dynalite server = new Dynalite(freePort(), null);
        server.startProcess();
        return server;
    }

    /**
     * Starts a server that keeps its tables in a LevelDB database in {@code directory} (dynalite's {@code --path}),
     * so what it acknowledged survives {@link #kill()} and is there again after {@link #restart()}. LevelDB's
     * native binding ships prebuilt in the npm package, so {@code npm ci --ignore-scripts} is enough.
     */
    public static Dynalite startPersistent(Path directory) {
        Dynalite server = new Dynalite(freePort(), directory);
        server.startProcess();
        return server;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** A client for test set-up and inspection, with dummy credentials. */
    public DynamoDbClient client() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Kills the server, as a crash would: an in-memory one loses everything, a persistent one keeps what it wrote. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts the server again on the same port: empty, or with the tables a persistent one wrote. */
    public synchronized void restart() {
        kill();
        startProcess();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    private synchronized void startProcess() {
        if (!Files.exists(CLI)) {
            throw new IllegalStateException("dynalite is not installed: run `npm ci` (mvn verify does) in "
                    + Path.of("").toAbsolutePath());
        }
        List<String> command = new ArrayList<>(List.of(
                "node",
                CLI.toString(),
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--createTableMs",
                "0",
                "--deleteTableMs",
                "0",
                "--updateTableMs",
                "0"));
        if (directory != null) {
            command.addAll(List.of("--path", directory.toAbsolutePath().toString()));
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node for dynalite (is Node.js on the PATH?)", e);
        }
        Process started = process;
        CompletableFuture<Boolean> listening = new CompletableFuture<>();
        // One thread per process reads its output: it reports the "listening" line, then keeps draining so the
        // server never blocks on a full pipe, and ends with the process.
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = out.readLine()) != null) {
                            if (line.contains("listening")) {
                                listening.complete(true);
                            }
                        }
                    } catch (IOException ended) {
                        // the process ended
                    }
                    listening.complete(false);
                },
                "dynalite-" + port);
        reader.setDaemon(true);
        reader.start();
        boolean ready;
        try {
            ready = listening.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            ready = false;
        }
        if (!ready) {
            kill();
            throw new IllegalStateException("dynalite did not start listening on port " + port);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
