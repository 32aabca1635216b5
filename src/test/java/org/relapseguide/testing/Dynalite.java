package org.relapseguide.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A real DynamoDB-API server (dynalite, from {@code package-lock.json}) on a free loopback port, in memory or on
 * disk. It can be stopped and restarted on the same port, to test what the skill does while its table is gone.
 * It runs through {@code src/test/node/dynalite-server.js}, which binds it to 127.0.0.1 and keeps it alive when a
 * client gives up mid-request (dynalite's own command line would crash, and the skill's timeouts do give up).
 */
public final class Dynalite {
    private static final Path SERVER = Path.of("src", "test", "node", "dynalite-server.js");
    private static final Path MODULE = Path.of("node_modules", "dynalite", "index.js");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    /** How long a restart keeps trying for its old port, which the killed process may take a moment to let go. */
    private static final Duration RESTART_PATIENCE = Duration.ofSeconds(10);

    private static final Pattern LISTENING = Pattern.compile("listening at: http://127\\.0\\.0\\.1:(\\d+)");

    private final Path directory;
    private int port;
    private Process process;

    private Dynalite(Path directory) {
        this.directory = directory;
    }

    /** Starts a server on a free port, in memory, and waits until it is listening. */
    public static Dynalite start() {
        Dynalite server = new Dynalite(null);
        server.startProcess(0);
        return server;
    }

    /**
     * Starts a server that keeps its tables in a LevelDB database in {@code directory} (dynalite's {@code --path}),
     * so what it acknowledged survives {@link #kill()} and is there again after {@link #restart()}. LevelDB's
     * native binding ships prebuilt in the npm package, so {@code npm ci --ignore-scripts} is enough.
     */
    public static Dynalite startPersistent(Path directory) {
        Dynalite server = new Dynalite(directory);
        server.startProcess(0);
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

    /**
     * Starts the server again on the same port: empty, or with the tables a persistent one wrote. The port can be
     * briefly unavailable after a kill, so this retries for a few seconds before giving up.
     */
    public synchronized void restart() {
        kill();
        long giveUp = System.nanoTime() + RESTART_PATIENCE.toNanos();
        while (true) {
            try {
                startProcess(port);
                return;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > giveUp) {
                    throw notYet;
                }
                pause(Duration.ofMillis(100));
            }
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the process on {@code wanted} (0: a port the system picks) and waits until it listens. */
    private synchronized void startProcess(int wanted) {
        if (!Files.exists(MODULE)) {
            throw new IllegalStateException("dynalite is not installed: run `npm ci` (mvn verify does) in "
                    + Path.of("").toAbsolutePath());
        }
        List<String> command = new ArrayList<>(
                List.of("node", SERVER.toString(), "--host", "127.0.0.1", "--port", String.valueOf(wanted)));
        if (directory != null) {
            command.addAll(List.of("--path", directory.toAbsolutePath().toString()));
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node for dynalite (is Node.js on the PATH?)", e);
        }
        Process started = process;
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        List<String> output = new CopyOnWriteArrayList<>();
        // One thread per process reads its output: it reports the port from the "listening" line, then keeps
        // draining so the server never blocks on a full pipe, and ends with the process.
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = out.readLine()) != null) {
                            Matcher matcher = LISTENING.matcher(line);
                            if (matcher.find()) {
                                listening.complete(Integer.parseInt(matcher.group(1)));
                            } else if (output.size() < 20) {
                                output.add(line);
                            }
                        }
                    } catch (IOException ended) {
                        // the process ended
                    }
                    listening.complete(-1);
                },
                "dynalite-" + (wanted == 0 ? "new" : wanted));
        reader.setDaemon(true);
        reader.start();
        int listeningOn;
        try {
            listeningOn = listening.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            listeningOn = -1;
        }
        if (listeningOn <= 0 || (wanted != 0 && listeningOn != wanted)) {
            kill();
            throw new IllegalStateException("dynalite did not start listening on port " + wanted + ": " + output);
        }
        port = listeningOn;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while restarting dynalite", e);
        }
    }
}
