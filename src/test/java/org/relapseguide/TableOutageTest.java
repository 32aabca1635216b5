package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.DynamoDbContentRepository;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.Locales;
import org.relapseguide.content.Topic;
import org.relapseguide.local.ContentLoad;
import org.relapseguide.local.LocalTables;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.testing.Caller;
import org.relapseguide.testing.Dynalite;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.LogLines;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.TestClients;
import org.relapseguide.users.DynamoDbPersistenceAdapter;
import org.relapseguide.users.UserKey;
import org.relapseguide.users.UsersTable;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import org.slf4j.event.Level;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB-API server under the skill's content and users tables killed in the middle of a run and restarted,
 * with caregivers talking to the skill all the while: every request is still answered (degraded, from the last good
 * copy of the content), normal service comes back on its own, and whatever the skill remembered without a warning
 * is still remembered after the restart.
 */
@Tag("slow")
class TableOutageTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    /** Production waits 60 s and 15 s; shortened so the outage spans many refreshes and retries in a few seconds. */
    private static final Duration TIME_TO_LIVE = Duration.ofMillis(200);

    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMillis(300);
    private static final int THREADS = 3;
    private static final int CALLERS_PER_THREAD = 4;
    private static final String CHANGED_TOPIC = "blinatumomab";
    private static final String BEFORE_OUTAGE =
            "Blinatumomab is an antibody medicine, as the content table said " + "before the outage.";
    private static final String AFTER_OUTAGE =
            "Blinatumomab is an antibody medicine, as the content table says " + "since it came back.";
    private static final List<String> TOPICS =
            List.of(CHANGED_TOPIC, "car_t", "mrd", "remission", "chemotherapy", "clinical_trials");
    private static final Speech SPEECH = Speech.load("en-US");

    private final ContentSet file = ContentFile.bundled(Locales.DEFAULT);
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.UP);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @TempDir
    Path data;

    private enum Phase {
        UP,
        DOWN,
        RESTARTED,
        RELOADED
    }

    /** One request as a caregiver said it, and what the skill answered. */
    private record Sent(
            String userId,
            long order,
            String requestId,
            String intent,
            String topicId,
            Phase sentIn,
            String speech,
            long millis) {}

    @BeforeAll
    static void logAsProduction() {
        JsonLogging.setLevel(Level.INFO);
    }

    @Test
    void a_killed_and_restarted_table_server_costs_no_answer_and_nothing_the_skill_remembered() throws Exception {
        Dynalite dynalite = Dynalite.startPersistent(data);
        List<Thread> threads = new ArrayList<>();
        try (DynamoDbClient setUp = dynalite.client();
                DynamoDbClient skillClient = TestClients.skill(dynalite.endpoint(), new TestClients.CallCounter());
                LogLines log = LogLines.start()) {
            String contentTable = TestClients.tableName("content");
            String usersTable = TestClients.tableName("users");
            LocalTables.createContentTable(setUp, contentTable, QUIET);
            LocalTables.createUsersTable(setUp, usersTable, QUIET);
            new ContentLoad(new DynamoDbContentTable(setUp, contentTable), QUIET)
                    .load(withAnswer("outage-1", BEFORE_OUTAGE), false);
            SkillHarness skill = new SkillHarness(SkillFactory.Ports.of(new DynamoDbContentRepository(
                            new DynamoDbContentTable(skillClient, contentTable),
                            DynamoDbClients.FIRST_CALL,
                            TIME_TO_LIVE,
                            RETRY_AFTER_FAILURE,
                            System::nanoTime))
                    .withCaregivers(new DynamoDbPersistenceAdapter(
                            skillClient, usersTable, Clock.systemUTC(), DynamoDbClients.FIRST_CALL)));
            for (int t = 0; t < THREADS; t++) {
                Thread thread = new Thread(new Talk(skill, t), "caregivers-" + t);
                threads.add(thread);
                thread.start();
            }

            Thread.sleep(1_000);
            // Every caregiver has heard about a topic before the kill, however busy the machine is, so each has
            // something remembered for the check at the end.
            awaitUpTo(
                    Duration.ofSeconds(20),
                    () -> sent.stream()
                                    .filter(s -> s.sentIn() == Phase.UP && s.topicId() != null)
                                    .map(Sent::userId)
                                    .distinct()
                                    .count()
                            == THREADS * CALLERS_PER_THREAD);
            phase.set(Phase.DOWN);
            dynalite.kill();
            Thread.sleep(1_500);
            long restarting = System.nanoTime();
            dynalite.restart();
            phase.set(Phase.RESTARTED);
            awaitUpTo(Duration.ofSeconds(10), () -> log.lines().stream().anyMatch(l -> l.contains("answers again")));
            long recoveredMillis = (System.nanoTime() - restarting) / 1_000_000;
            new ContentLoad(new DynamoDbContentTable(setUp, contentTable), QUIET)
                    .load(withAnswer("outage-2", AFTER_OUTAGE), false);
            phase.set(Phase.RELOADED);
            awaitUpTo(
                    Duration.ofSeconds(10),
                    () -> sent.stream().anyMatch(s -> s.speech().startsWith(AFTER_OUTAGE)));
            Thread.sleep(500);
            running.set(false);
            for (Thread thread : threads) {
                thread.join(10_000);
            }

            Set<String> notRemembered = requestIdsOf(log.warnings("Users table unavailable"));
            List<Sent> down =
                    sent.stream().filter(s -> s.sentIn() == Phase.DOWN).toList();
            System.out.printf(
                    "Table outage: %d requests, %d while the server was down, all answered (slowest %d ms);"
                            + " %d could not use the users table; %d content warning; content read from the table again %d ms"
                            + " after the restart began%n",
                    sent.size(),
                    down.size(),
                    down.stream().mapToLong(Sent::millis).max().orElse(0),
                    notRemembered.size(),
                    log.warnings("Content degraded").size(),
                    recoveredMillis);

            assertThat(failures).isEmpty();
            assertThat(down).as("requests while the server was down").hasSizeGreaterThan(20);
            assertThat(down)
                    .filteredOn(s -> CHANGED_TOPIC.equals(s.topicId()))
                    .isNotEmpty()
                    .allSatisfy(
                            s -> assertThat(s.speech()).as("the last good copy").startsWith(BEFORE_OUTAGE));
            assertThat(notRemembered)
                    .as("the outage really reached the users table")
                    .isNotEmpty();
            assertThat(log.warnings("Content degraded"))
                    .as("one warning for the whole outage")
                    .hasSize(1);
            assertThat(sent)
                    .filteredOn(s -> s.sentIn() == Phase.RELOADED
                            && s.topicId() != null
                            && !notRemembered.contains(s.requestId()))
                    .as("caregivers remembered again after the restart")
                    .isNotEmpty();
            assertNothingReportedWasLost(setUp, usersTable, notRemembered);
        } finally {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(10_000);
            }
            dynalite.kill();
        }
    }

    /**
     * For each caregiver, the last topic a request remembered without a users-table warning must be what the table
     * holds now, unless a later request (whose write may have landed though it reported a failure) replaced it; and a
     * launch remembered without a warning means the disclaimer stays heard. For the caregivers who went quiet after
     * the outage, that is what was written before the kill.
     */
    private void assertNothingReportedWasLost(DynamoDbClient client, String usersTable, Set<String> notRemembered) {
        Map<String, List<Sent>> byCaregiver = new TreeMap<>();
        sent.forEach(s ->
                byCaregiver.computeIfAbsent(s.userId(), k -> new ArrayList<>()).add(s));
        int checked = 0;
        for (Map.Entry<String, List<Sent>> caregiver : byCaregiver.entrySet()) {
            List<Sent> requests = new ArrayList<>(caregiver.getValue());
            requests.sort(Comparator.comparingLong(Sent::order));
            int lastRemembered = -1;
            for (int i = 0; i < requests.size(); i++) {
                if (requests.get(i).topicId() != null
                        && !notRemembered.contains(requests.get(i).requestId())) {
                    lastRemembered = i;
                }
            }
            boolean disclaimerRemembered = requests.stream()
                    .anyMatch(s -> s.intent().equals("LaunchRequest") && !notRemembered.contains(s.requestId()));
            Map<String, AttributeValue> item = client.getItem(r -> r.tableName(usersTable)
                            .consistentRead(true)
                            .key(Map.of(UsersTable.USER_KEY, AttributeValue.fromS(UserKey.of(caregiver.getKey())))))
                    .item();
            Map<String, AttributeValue> stored = item.containsKey(DynamoDbPersistenceAdapter.ATTRIBUTES)
                    ? item.get(DynamoDbPersistenceAdapter.ATTRIBUTES).m()
                    : Map.of();
            if (lastRemembered >= 0) {
                Set<String> allowed = new HashSet<>();
                for (int i = lastRemembered; i < requests.size(); i++) {
                    if (requests.get(i).topicId() != null) {
                        allowed.add(requests.get(i).topicId());
                    }
                }
                assertThat(stored.get("lastTopic"))
                        .as("last topic of " + caregiver.getKey())
                        .isNotNull();
                assertThat(stored.get("lastTopic").s())
                        .as("last topic of " + caregiver.getKey())
                        .isIn(allowed);
                checked++;
            }
            if (disclaimerRemembered) {
                assertThat(stored.get("disclaimerHeard"))
                        .as("disclaimer of " + caregiver.getKey())
                        .isEqualTo(AttributeValue.fromBool(true));
            }
        }
        assertThat(checked).as("caregivers with remembered topics").isEqualTo(THREADS * CALLERS_PER_THREAD);
        assertThat(byCaregiver.keySet())
                .filteredOn(TableOutageTest::isQuietAfterTheOutage)
                .hasSize(THREADS * CALLERS_PER_THREAD / 2)
                .allSatisfy(userId -> assertThat(byCaregiver.get(userId))
                        .as(userId)
                        .noneMatch(s -> s.sentIn().compareTo(Phase.RESTARTED) >= 0));
    }

    /** One thread's caregivers, taking turns: each visit opens the skill and asks about two topics. */
    private final class Talk implements Runnable {
        private final SkillHarness skill;
        private final List<Caller> callers = new ArrayList<>();
        private final Random random;
        private long order;

        Talk(SkillHarness skill, int thread) {
            this.skill = skill;
            this.random = new Random(thread);
            for (int c = 0; c < CALLERS_PER_THREAD; c++) {
                callers.add(new Caller("OUTAGE-" + thread + "-" + c, null));
            }
        }

        @Override
        public void run() {
            for (int visit = 0; running.get(); visit++) {
                Caller caller = callers.get(visit % callers.size());
                caller.startSession();
                boolean talking = ask(caller, Events.load("launch"), null);
                for (int question = 0; question < 2 && talking && running.get(); question++) {
                    String topicId = TOPICS.get(random.nextInt(TOPICS.size()));
                    talking = ask(caller, Events.topicQuestion(topicId, topicId.replace('_', ' ')), topicId);
                }
                pause();
            }
        }

        /** Says one thing and checks the answer; false when this caregiver has gone quiet. */
        private boolean ask(Caller caller, ObjectNode template, String topicId) {
            Phase sentIn = phase.get();
            if (isQuietAfterTheOutage(caller.userId()) && sentIn.compareTo(Phase.RESTARTED) >= 0) {
                return false;
            }
            ObjectNode envelope = caller.says(template);
            String intent = Events.request(envelope)
                    .path("intent")
                    .path("name")
                    .asText(Events.request(envelope).path("type").asText());
            try {
                byte[] request = MAPPER.writeValueAsBytes(envelope);
                long started = System.nanoTime();
                byte[] response = skill.invokeBytes(request);
                long millis = (System.nanoTime() - started) / 1_000_000;
                String problem = FuzzTest.checkResponse(response);
                JsonNode tree = MAPPER.readTree(response);
                caller.heard(tree);
                String speech = new Heard(tree).speech();
                sent.add(new Sent(
                        caller.userId(),
                        order++,
                        Events.request(envelope).path("requestId").asText(),
                        intent,
                        topicId,
                        sentIn,
                        speech,
                        millis));
                if (problem != null) {
                    failures.add(intent + " in " + sentIn + ": " + problem);
                } else if (speech.startsWith(SPEECH.get(Phrase.ERROR_APOLOGY))) {
                    failures.add(intent + " in " + sentIn + ": the apology instead of an answer");
                } else if (topicId != null
                        && !speech.startsWith(expectedAnswer(topicId))
                        // The reload starts while the phase is still RESTARTED, so a question asked then may hear it.
                        && !(sentIn.compareTo(Phase.RESTARTED) >= 0 && speech.startsWith(AFTER_OUTAGE))) {
                    failures.add(topicId + " in " + sentIn + ": heard \"" + speech + "\"");
                }
            } catch (Exception e) {
                failures.add(intent + " in " + sentIn + ": " + e);
            }
            return true;
        }

        private void pause() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }
    }

    /**
     * Half the caregivers say nothing once the server is back, so what the table holds for them was written before
     * the kill and read after the restart, not overwritten by a later visit.
     */
    private static boolean isQuietAfterTheOutage(String userId) {
        return userId.endsWith("-0") || userId.endsWith("-1");
    }

    /** The answer the table served before the outage, or, for topics the reload did not change, the file's. */
    private String expectedAnswer(String topicId) {
        return topicId.equals(CHANGED_TOPIC)
                ? BEFORE_OUTAGE
                : file.topic(topicId).orElseThrow().answer();
    }

    private ContentSet withAnswer(String version, String answer) {
        List<Topic> topics = file.topics().stream()
                .map(t -> !t.id().equals(CHANGED_TOPIC) ? t : t.withAnswer(answer))
                .toList();
        return new ContentSet(
                file.locale(), version, topics, file.sources(), file.pronunciations(), file.emergencySigns());
    }

    private static Set<String> requestIdsOf(List<String> lines) throws Exception {
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            ids.add(MAPPER.readTree(line).path("requestId").asText());
        }
        return ids;
    }

    private static void awaitUpTo(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(20);
        }
    }
}
