package org.relapseguide.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.DynaliteExtension;
import org.relapseguide.testing.TestClients;
import org.slf4j.event.Level;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code content load}: a diff first, then exactly the writes that make the table serve the file. */
@ExtendWith(DynaliteExtension.class)
class ContentLoadTest {
    private final ContentSet file = ContentFile.bundled("en-US");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private DynamoDbClient client;
    private DynamoDbContentTable table;

    @TempDir
    Path temp;

    @BeforeEach
    void createTable(Dynalite dynalite) {
        client = TestClients.skill(dynalite.endpoint(), new TestClients.CallCounter());
        String name = TestClients.tableName("content");
        LocalTables.createContentTable(client, name, new PrintStream(out, true, StandardCharsets.UTF_8));
        table = new DynamoDbContentTable(client, name);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /** The command line turns logging down to WARN for the whole JVM; the rest of the suite logs as production. */
    @AfterEach
    void restoreTheLogLevel() {
        JsonLogging.setLevel(Level.INFO);
    }

    private boolean load(ContentSet content, boolean dryRun) {
        out.reset();
        return new ContentLoad(table, new PrintStream(out, true, StandardCharsets.UTF_8)).load(content, dryRun);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private ContentSet withTopics(String version, List<Topic> topics) {
        return new ContentSet(
                file.locale(), version, topics, file.sources(), file.pronunciations(), file.emergencySigns());
    }

    @Test
    void a_first_load_lists_every_topic_as_added_and_publishes_them() {
        assertThat(load(file, false)).isTrue();

        assertThat(printed())
                .contains("not published yet")
                .contains("added:   (sources")
                .contains("car_t")
                .contains("now serves version " + file.version());
        assertThat(table.pointer("en-US", null))
                .hasValueSatisfying(p -> assertThat(p.version()).isEqualTo(file.version()));
    }

    @Test
    void loading_the_same_file_again_changes_nothing_and_says_so() {
        load(file, false);

        assertThat(load(file, false)).isFalse();

        assertThat(printed())
                .contains("added:   -")
                .contains("changed: -")
                .contains("removed: -")
                .contains("Nothing to change");
    }

    @Test
    void a_new_version_shows_changed_and_removed_topics_and_moves_the_pointer() {
        load(file, false);
        List<Topic> topics = new ArrayList<>(file.topics());
        topics.removeIf(t -> t.id().equals("clinical_trials"));
        Topic mrd = file.topic("mrd").orElseThrow();
        topics.replaceAll(t -> t != mrd ? t : t.withAnswer("A clearer answer about MRD."));

        load(withTopics("v2", topics), false);

        assertThat(printed())
                .contains("changed: mrd")
                .contains("removed: clinical_trials")
                .contains("added:   -");
        assertThat(table.pointer("en-US", null).orElseThrow().version()).isEqualTo("v2");
        assertThat(table.read("en-US", table.pointer("en-US", null).orElseThrow(), null)
                        .content()
                        .topics())
                .containsExactlyElementsOf(topics);
    }

    @Test
    void the_version_replaced_is_kept_to_roll_back_to_and_the_one_before_it_is_removed() {
        load(file, false);
        load(withTopics("v2", file.topics()), false);

        assertThat(table.version("en-US", file.version(), null)).isNotEmpty();
        assertThat(table.pointer("en-US", null).orElseThrow().previous()).isEqualTo(file.version());

        load(withTopics("v3", file.topics()), false);

        assertThat(table.version("en-US", file.version(), null)).isEmpty();
        assertThat(table.version("en-US", "v2", null)).isNotEmpty();
        assertThat(printed()).contains("Removed version " + file.version());
    }

    @Test
    void loading_the_previous_file_again_rolls_back_without_losing_either_version() {
        load(file, false);
        load(withTopics("v2", file.topics().subList(1, file.topics().size())), false);

        load(file, false);

        assertThat(table.pointer("en-US", null).orElseThrow().version()).isEqualTo(file.version());
        assertThat(table.read("en-US", table.pointer("en-US", null).orElseThrow(), null)
                        .content()
                        .topics())
                .containsExactlyElementsOf(file.topics());
        assertThat(table.version("en-US", "v2", null)).isNotEmpty();
    }

    @Test
    void a_dry_run_prints_the_diff_and_writes_nothing() {
        assertThat(load(file, true)).isTrue();

        assertThat(printed()).contains("added:").contains("Dry run: nothing written.");
        assertThat(table.pointer("en-US", null)).isEmpty();
    }

    @Test
    @Tag("slow") // the whole validator runs, espeak-ng timing every answer
    void a_file_that_fails_validation_is_refused_before_anything_is_written() throws Exception {
        Path broken = temp.resolve("broken.json");
        Files.writeString(
                broken,
                Files.readString(Path.of("content/en-US.json"))
                        .replaceFirst("\"answer\": \"", "\"answer\": \"" + "word ".repeat(60)));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(
                new String[] {"content", "load", "--table", table.name(), "--file", broken.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refused").contains("words");
        assertThat(table.pointer("en-US", null)).isEmpty();
    }

    @Test
    @Tag("slow") // publishes both locales' files, each validated with espeak-ng timing every answer
    void topics_no_clinician_signed_are_refused_unless_the_load_says_so_and_then_the_summary_says_it(Dynalite dynalite)
            throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream output = new PrintStream(out, true, StandardCharsets.UTF_8);

        int refused = Main.run(new String[] {"content", "load", "--table", table.name()}, output, errors);

        assertThat(refused).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Refused: " + file.topics().size() + " topics have no clinician's sign-off");
        assertThat(table.pointer("en-US", null)).isEmpty();

        out.reset();
        // The command's own client finds the server the standard way, as it would AWS_ENDPOINT_URL_DYNAMODB.
        System.setProperty("aws.endpointUrlDynamoDb", dynalite.endpoint().toString());
        int allowed;
        try {
            allowed = Main.run(
                    new String[] {"content", "load", "--table", table.name(), "--allow-unreviewed"}, output, errors);
        } finally {
            System.clearProperty("aws.endpointUrlDynamoDb");
        }

        assertThat(allowed).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Publishing " + file.topics().size() + " topics not yet reviewed by a clinician");
        assertThat(table.pointer("en-US", null)).isPresent();
        assertThat(table.pointer("es-US", null))
                .as("without --file, every locale's file is published")
                .isPresent();
    }

    @Test
    void a_sign_off_records_who_when_and_the_words_signed_and_changes_nothing_else_in_the_file() throws Exception {
        Path copy = temp.resolve("en-US.json");
        Files.copy(Path.of("content/en-US.json"), copy);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(
                new String[] {
                    "content",
                    "sign-off",
                    "--topic",
                    "crs",
                    "--topic",
                    "mrd",
                    "--by",
                    "Ana Ruiz, MD",
                    "--date",
                    "2026-12-01",
                    "--file",
                    copy.toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        ContentSet signed = ContentFile.read(copy).toContentSet();
        assertThat(signed.topic("crs").orElseThrow().signedReview()).hasValueSatisfying(review -> {
            assertThat(review.by()).isEqualTo("Ana Ruiz, MD");
            assertThat(review.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(signed.topic("mrd").orElseThrow().signedReview()).isPresent();
        assertThat(signed.topics()).filteredOn(t -> t.review() != null).hasSize(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Clinician sign-off: 2 of 69 topics signed");
        String withoutReviews = Files.readString(copy).replaceAll(",\\n\\s*\"review\": \\{[^}]*\\}", "");
        assertThat(withoutReviews).isEqualTo(Files.readString(Path.of("content/en-US.json")));
    }
}
