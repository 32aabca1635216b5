package org.relapseguide.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relapseguide.SkillConfig;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.local.LocalTables;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.ProfileApiStub;
import org.relapseguide.testing.SnsStub;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;

/**
 * The Lambda jar on its own. The build leaves out of it every class no kept class refers to (pom.xml,
 * {@code minimizeJar}), so these tests run it in fresh JVMs whose class path is the jar alone (plus
 * {@link EnvelopeRunner}), configured as deployed: content and caregivers in dynalite, texts through an SNS stub,
 * the phone number from a stub of Alexa's profile API. A class the jar lost shows up here as an apology, a thrown
 * error or a class-loading error in the output, not in front of a caregiver.
 */
@ExtendWith(DynaliteExtension.class)
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "relapse-guide.jar");
    private static final Path RUNNER_CLASS =
            Path.of("target", "test-classes", "org", "relapseguide", "packaged", "EnvelopeRunner.class");
    private static final String FOREIGN = "wrong-skill-id";
    private static final String REGRESSION = "regression-";
    private static final List<String> CLASS_ERRORS = List.of(
            "NoClassDefFoundError",
            "ClassNotFoundException",
            "NoSuchMethodError",
            "ExceptionInInitializerError",
            "ServiceConfigurationError",
            "VerifyError");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Speech SPEECH = Speech.load("en-US");

    private record Run(int exit, String out, String err) {}

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("mvn package builds it before the integration tests").isRegularFile();
    }

    @Test
    void the_local_runner_in_the_jar_answers_and_texts_to_its_outbox(@TempDir Path dir) throws Exception {
        Path outbox = dir.resolve("outbox.txt");

        Run ask = java(dir, Map.of(), "-jar", JAR.toString(), "ask", "what is blinatumomab");
        Run chat = javaWithInput(
                dir,
                Map.of(),
                "what is car t\ntext me the details\nstop\n",
                "-jar",
                JAR.toString(),
                "chat",
                "--outbox",
                outbox.toString());

        assertThat(ask.exit()).as(ask.err()).isZero();
        assertThat(ask.out()).contains("alexa> Blinatumomab, brand name Blincyto");
        assertThat(chat.exit()).as(chat.err()).isZero();
        assertThat(chat.out()).contains("alexa> Done. I've texted the details on CAR T cell therapy");
        assertThat(outbox).content().contains("CAR T cell therapy");
        assertNoClassErrors(ask, chat);
    }

    @Test
    void the_content_tools_in_the_jar_validate_and_publish_the_content_file(Dynalite dynalite, @TempDir Path dir)
            throws Exception {
        Map<String, String> env = awsEnvironment(dynalite);

        Run validate = java(dir, env, "-jar", JAR.toString(), "content", "validate");
        Run load = java(
                dir,
                env,
                "-jar",
                JAR.toString(),
                "content",
                "load",
                "--table",
                "content-tools",
                "--create",
                "--allow-unreviewed");
        Run unsigned = java(dir, env, "-jar", JAR.toString(), "content", "load", "--table", "content-tools");
        Run again = java(
                dir, env, "-jar", JAR.toString(), "content", "load", "--table", "content-tools", "--allow-unreviewed");

        assertThat(validate.exit()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("Clinician sign-off:");
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("en-US now serves version").contains("not yet reviewed by a clinician");
        assertThat(unsigned.exit()).isEqualTo(1);
        assertThat(unsigned.err()).contains("Refused").contains("sign-off");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("removed: 1");
        assertNoClassErrors(validate, load, unsigned, again);
    }

    @Test
    void primed_then_every_envelope_is_answered_as_deployed_texts_included(Dynalite dynalite, @TempDir Path dir)
            throws Exception {
        Map<String, String> env = awsEnvironment(dynalite);
        Run load = java(
                dir,
                env,
                "-jar",
                JAR.toString(),
                "content",
                "load",
                "--table",
                "content",
                "--create",
                "--allow-unreviewed");
        assertThat(load.exit()).as(load.err()).isZero();
        LocalTables.createUsersTable(dynalite.client(), "users", new PrintStream(OutputStream.nullOutputStream()));

        try (SnsStub sns = new SnsStub();
                ProfileApiStub profile = new ProfileApiStub()) {
            profile.givesNumber("+1", "5555550147");
            env.put(SkillConfig.CONTENT_TABLE, "content");
            env.put(SkillConfig.USERS_TABLE, "users");
            env.put(SkillConfig.SMS_ORIGINATION_IDENTITY, "+18885550100");
            env.put("AWS_ENDPOINT_URL_SNS", sns.endpoint().toString());
            // Every envelope, the texting one first: every later ask for a text meets the resend limit, which the
            // text ledger in the users table keeps.
            Map<String, Path> files = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(Events.names());
            names.remove("text-details");
            names.add(0, "text-details");
            for (String name : names) {
                ObjectNode envelope = Events.load(name);
                if (envelope.path("context").path("System").has("apiEndpoint")) {
                    profile.pointAt(envelope);
                }
                Path file = dir.resolve(name + ".json");
                Files.writeString(file, MAPPER.writeValueAsString(envelope));
                files.put(name, file);
            }
            Path runner = runnerDirectory(dir);
            List<String> command = new ArrayList<>(
                    List.of("-cp", JAR + File.pathSeparator + runner, EnvelopeRunner.class.getName(), "--prime"));
            files.values().forEach(file -> command.add(file.toString()));

            Run run = java(dir, env, command.toArray(String[]::new));

            assertThat(run.exit()).as(run.err()).isZero();
            List<String> results = run.out()
                    .lines()
                    .filter(line -> line.startsWith("RESPONSE ") || line.startsWith("THROWN "))
                    .toList();
            assertThat(results).hasSize(files.size());
            Map<String, String> byName = new HashMap<>();
            int i = 0;
            for (String name : files.keySet()) {
                byName.put(name, results.get(i++));
            }
            String apology = SPEECH.get(Phrase.ERROR_APOLOGY);
            byName.forEach((name, result) -> {
                if (name.equals(FOREIGN) || (name.startsWith(REGRESSION) && result.startsWith("THROWN "))) {
                    assertThat(result).as(name).isEqualTo("THROWN com.amazon.ask.exception.AskSdkException");
                } else {
                    assertThat(result).as(name).startsWith("RESPONSE ");
                    assertThat(heard(result).ssml()).as(name).doesNotContain(apology);
                }
            });
            assertThat(heard(byName.get("launch")).speech()).startsWith("Welcome to Relapse Guide.");
            assertThat(heard(byName.get("topic-blinatumomab")).speech()).startsWith("Blinatumomab");
            assertThat(heard(byName.get("emergency-fever")).speech())
                    .startsWith("Call your care team or emergency services now.");
            assertThat(heard(byName.get("text-details")).speech()).startsWith("Done.");
            // Each "Done." is one text SNS accepted; a second ask about the same topic meets the resend limit.
            long done = byName.values().stream()
                    .filter(result -> result.startsWith("RESPONSE ")
                            && heard(result).speech().startsWith("Done."))
                    .count();
            assertThat(sns.publishes()).hasSize((int) done);
            assertThat(byName.values().stream()
                            .filter(result -> result.startsWith("RESPONSE "))
                            .map(result -> heard(result).speech()))
                    .anyMatch(speech -> speech.startsWith("I sent that a few minutes ago"));
            assertNoClassErrors(load, run);
            // The log, as CloudWatch would get it: no phone number, no text, no raw user id.
            assertThat(run.err())
                    .contains("\"level\":\"INFO\"")
                    .doesNotContain("5555550147")
                    .doesNotContain("amzn1.ask.account")
                    .doesNotContain("Reply STOP");
        }
    }

    @Test
    void the_jar_stays_within_its_size_budget_and_carries_the_sdks_own_endpoint_metadata() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertThat(jar.getEntry("software/amazon/awssdk/regions/GeneratedServiceMetadataProvider.class"))
                    .isNotNull();
        }
        // Issue 12's budget: at most 1 MB over the jar before free questions (12,530,536 bytes). With SnapStart the
        // jar's size does not reach a caregiver's wait; this catches a dependency that drags in far more than it
        // should (Lambda itself allows 50 MB zipped). The content and the language lists grow a few KB a session.
        assertThat(Files.size(JAR)).isLessThanOrEqualTo(12_530_536L + 1_000_000L);
    }

    private static Heard heard(String result) {
        try {
            return new Heard(MAPPER.readTree(result.substring("RESPONSE ".length())));
        } catch (IOException e) {
            throw new AssertionError("not a response envelope: " + result, e);
        }
    }

    private static void assertNoClassErrors(Run... runs) {
        for (Run run : runs) {
            for (String error : CLASS_ERRORS) {
                assertThat(run.out() + run.err()).as("a class the jar lost").doesNotContain(error);
            }
        }
    }

    private static Map<String, String> awsEnvironment(Dynalite dynalite) {
        Map<String, String> env = new HashMap<>();
        env.put(SkillConfig.SKILL_ID, LocalSkill.SKILL_ID);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynalite.endpoint().toString());
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        return env;
    }

    /** A directory holding the runner's class alone, so nothing else from the test classes is on the class path. */
    private static Path runnerDirectory(Path dir) throws IOException {
        Path target = dir.resolve("runner").resolve(RUNNER_CLASS.subpath(2, RUNNER_CLASS.getNameCount()));
        Files.createDirectories(target.getParent());
        Files.copy(RUNNER_CLASS, target);
        return dir.resolve("runner");
    }

    private static Run java(Path dir, Map<String, String> env, String... args) throws Exception {
        return javaWithInput(dir, env, "", args);
    }

    /** Runs java with {@code args}, {@code input} on its standard input, and only {@code env} of AWS's settings. */
    private static Run javaWithInput(Path dir, Map<String, String> env, String input, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Path stdin = Files.writeString(dir.resolve("in.txt"), input);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(stdin.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("AWS_")
                        || name.equals("SKILL_ID")
                        || name.endsWith("_TABLE")
                        || name.startsWith("SMS_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("finished within 2 minutes")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
