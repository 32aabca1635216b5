package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.sms.CustomerProfilePhoneNumbers;
import org.relapseguide.sms.SnsSmsSender;
import org.relapseguide.sms.Texting;
import org.relapseguide.sms.UrlConnectionApiClient;
import org.relapseguide.testing.Caller;
import org.relapseguide.testing.Events;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.ProfileApiStub;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.testing.SnsStub;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import org.slf4j.event.Level;

/**
 * One skill instance, built as production builds it (the SNS sender and the Customer Profile lookup on their real
 * HTTP clients, against loopback stubs), serving eight threads of caregivers' conversations through the Lambda
 * entry point: launch, topic questions, more, repeat and text me. No request may fail, no answer may belong to
 * another conversation, and the heap after a forced GC must end within 10% of where it started. It prints the
 * throughput and latencies, which are figures, not assertions.
 */
@Tag("slow")
class LoadTest {
    private static final int THREADS = Integer.getInteger("load.threads", 8);
    private static final int REQUESTS_PER_THREAD = Integer.getInteger("load.requests", 5_000);
    private static final int WARM_UP_PER_THREAD = 500;
    private static final long SEED = Long.getLong("load.seed", 20261126L);
    private static final double MAX_HEAP_GROWTH = 0.10;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Speech SPEECH = Speech.load("en-US");

    private final ContentSet content = InMemoryContentRepository.bundled().content("en-US");
    /** Topics with a follow-up to hear after "more", and no emergency lead that would end the session. */
    private final List<Topic> topics = content.topics().stream()
            .filter(t -> !t.more().isEmpty() && !t.answer().startsWith(SPEECH.get(Phrase.EMERGENCY_LEAD)))
            .toList();

    private final Map<String, ObjectNode> questions = new LinkedHashMap<>();
    private final ObjectNode launch = Events.load("launch");
    private final ObjectNode more = Events.load("more-after-answer");
    private final ObjectNode repeat = Events.load("repeat");
    private final ObjectNode textMe = Events.load("text-details");
    private final ProfileApiStub profile = new ProfileApiStub().givesEachTokenItsOwnNumber(LoadTest::numberOf);
    private final SnsStub sns = new SnsStub();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    /** The texts each caregiver heard were sent, by phone number: the titles of their topics. */
    private volatile Map<String, List<String>> textsHeard = new ConcurrentHashMap<>();

    private final AtomicInteger conversations = new AtomicInteger();

    @BeforeAll
    static void logAsProduction() {
        JsonLogging.setLevel(Level.INFO);
    }

    @AfterEach
    void stop() {
        profile.close();
        sns.close();
    }

    @Test
    void one_skill_serves_eight_threads_of_conversations_without_an_error_a_crossed_answer_or_a_growing_heap()
            throws Exception {
        topics.forEach(t -> questions.put(t.id(), Events.topicQuestion(t.id(), t.spokenName())));
        SkillHarness skill = new SkillHarness(SkillFactory.Ports.of(InMemoryContentRepository.bundled())
                .withTexting(new Texting(
                        new CustomerProfilePhoneNumbers(),
                        new SnsSmsSender(sns.client(), "+18885550100", null),
                        UrlConnectionApiClient.withDefaultTimeouts())));
        long[][] latencies = new long[THREADS][REQUESTS_PER_THREAD];
        boolean[][] textRequests = new boolean[THREADS][REQUESTS_PER_THREAD];

        run(skill, "WARM", new long[THREADS][WARM_UP_PER_THREAD], new boolean[THREADS][WARM_UP_PER_THREAD]);
        assertThat(failures).as("warm-up").isEmpty();
        forgetWhatTheTestKept();
        long heapBefore = heapAfterGc();

        long started = System.nanoTime();
        run(skill, "LOAD", latencies, textRequests);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(failures).isEmpty();
        int texts = textsHeard.values().stream().mapToInt(List::size).sum();
        assertThat(texts).as("texts heard as sent").isGreaterThan(REQUESTS_PER_THREAD / 20);
        assertThat(sorted(textsSentByPhone()))
                .as("each text went to its own caregiver's phone, with their topic")
                .isEqualTo(sorted(textsHeard));
        int loadConversations = conversations.get();
        forgetWhatTheTestKept();
        long heapAfter = heapAfterGc();

        long[] all = sortedNanos(latencies, textRequests, null);
        long[] text = sortedNanos(latencies, textRequests, true);
        long[] other = sortedNanos(latencies, textRequests, false);
        double growth = (heapAfter - heapBefore) / (double) heapBefore;
        System.out.printf(
                Locale.ROOT,
                "Load: %d requests (%d threads x %d, %d conversations, %d texts) in %.1f s: "
                        + "%.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms (texts: p50 %.1f ms, p99 %.1f ms; the "
                        + "rest: p50 %.2f ms, p99 %.2f ms); heap after GC %.1f MB before, %.1f MB after (%+.1f%%)%n",
                all.length,
                THREADS,
                REQUESTS_PER_THREAD,
                loadConversations,
                texts,
                seconds,
                all.length / seconds,
                millis(all, 0.50),
                millis(all, 0.99),
                all[all.length - 1] / 1e6,
                millis(text, 0.50),
                millis(text, 0.99),
                millis(other, 0.50),
                millis(other, 0.99),
                heapBefore / 1e6,
                heapAfter / 1e6,
                growth * 100);
        assertThat(growth).as("heap growth after GC").isLessThanOrEqualTo(MAX_HEAP_GROWTH);
    }

    /** The titles SNS was asked to text, by phone number (the first line of a text is its topic's title). */
    private Map<String, List<String>> textsSentByPhone() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        for (Map<String, String> publish : sns.publishes()) {
            String title =
                    publish.get("Message").substring(0, publish.get("Message").indexOf('\n'));
            sent.computeIfAbsent(publish.get("PhoneNumber"), k -> new ArrayList<>())
                    .add(title);
        }
        return sent;
    }

    /** The latencies of text requests ({@code texts} true), of the others (false), or of all (null), sorted. */
    private static long[] sortedNanos(long[][] latencies, boolean[][] textRequests, Boolean texts) {
        LongStream.Builder out = LongStream.builder();
        for (int t = 0; t < latencies.length; t++) {
            for (int i = 0; i < latencies[t].length; i++) {
                if (texts == null || textRequests[t][i] == texts) {
                    out.add(latencies[t][i]);
                }
            }
        }
        return out.build().sorted().toArray();
    }

    /** Every thread talks until it has made as many requests as its row of {@code latencies} holds. */
    private void run(SkillHarness skill, String prefix, long[][] latencies, boolean[][] textRequests) throws Exception {
        conversations.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    start.await();
                    new Talk(skill, prefix, thread, latencies[thread], textRequests[thread]).run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : threads) {
                thread.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Drops what the test itself kept about the requests (the stubs' journals, the texts heard), not the skill's. */
    private void forgetWhatTheTestKept() {
        sns.forgetRequests();
        profile.forgetRequests();
        // A new map rather than clear(), which would keep the old one's grown table.
        textsHeard = new ConcurrentHashMap<>();
    }

    /**
     * One thread's caregivers, one conversation after another, each a new caregiver with their own phone: launch, a
     * topic, more, repeat, perhaps a text, a second topic, more, perhaps a text, repeat.
     */
    private final class Talk {
        private final SkillHarness skill;
        private final String prefix;
        private final int thread;
        private final long[] latencies;
        private final boolean[] textRequests;
        private final Random random;
        private int made;
        private Caller caller;
        private String lastSpeech;

        Talk(SkillHarness skill, String prefix, int thread, long[] latencies, boolean[] textRequests) {
            this.skill = skill;
            this.prefix = prefix;
            this.thread = thread;
            this.latencies = latencies;
            this.textRequests = textRequests;
            this.random = new Random(SEED + thread * 31L + prefix.hashCode());
        }

        void run() {
            for (int conversation = 0; made < latencies.length; conversation++) {
                conversations.incrementAndGet();
                caller = new Caller(prefix + "-" + thread + "-" + conversation, profile.baseUrl());
                Topic first = topics.get(random.nextInt(topics.size()));
                Topic second = topics.get(random.nextInt(topics.size()));
                while (second.id().equals(first.id())) {
                    second = topics.get(random.nextInt(topics.size()));
                }
                say(launch, null);
                say(questions.get(first.id()), first);
                say(more, first);
                say(repeat, first);
                if (random.nextInt(4) == 0) {
                    say(textMe, first);
                }
                say(questions.get(second.id()), second);
                say(more, second);
                if (random.nextInt(4) == 0) {
                    say(textMe, second);
                }
                say(repeat, second);
            }
        }

        /** Sends one request and checks the answer belongs to this conversation and its topic. */
        private void say(ObjectNode template, Topic topic) {
            if (made >= latencies.length) {
                return;
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
                textRequests[made] = template == textMe;
                latencies[made++] = System.nanoTime() - started;
                String problem = FuzzTest.checkResponse(response);
                JsonNode tree = MAPPER.readTree(response);
                caller.heard(tree);
                String speech = new Heard(tree).speech();
                String crossed = problem != null ? problem : check(template, topic, speech, tree);
                if (crossed != null) {
                    failures.add(caller.sessionId() + " " + intent + ": " + crossed);
                }
                lastSpeech = speech;
            } catch (Exception e) {
                failures.add(caller.sessionId() + " " + intent + ": " + e);
            }
        }

        /** Null when the answer is what this caregiver should hear now; otherwise what is wrong with it. */
        private String check(ObjectNode template, Topic topic, String speech, JsonNode response) {
            String expected;
            if (template == launch) {
                expected = SPEECH.get(Phrase.WELCOME);
            } else if (template == more) {
                expected = topic.more().get(0);
            } else if (template == repeat) {
                expected = lastSpeech;
            } else if (template == textMe) {
                String number = numberOf(caller.token());
                expected = SPEECH.get(
                        Phrase.TEXT_SENT, "topic", topic.title(), "digits", number.substring(number.length() - 2));
                if (speech.startsWith(expected)) {
                    textsHeard
                            .computeIfAbsent("+1" + number, k -> new ArrayList<>())
                            .add(topic.title());
                }
            } else {
                expected = topic.answer();
            }
            if (!speech.startsWith(expected) || (template == repeat && !speech.equals(expected))) {
                return "heard \"" + speech + "\", expected \"" + expected + "\"";
            }
            if (topic != null
                    && !topic.id()
                            .equals(response.path("sessionAttributes")
                                    .path("topic")
                                    .asText())) {
                return "session is on topic "
                        + response.path("sessionAttributes").path("topic") + ", not " + topic.id();
            }
            return null;
        }
    }

    /**
     * The US number the profile stub gives a caller's token ({@code token-LOAD-3-17}): its own for every
     * conversation, 555 for the measured run and 556 for the warm-up, then the thread and the conversation.
     */
    private static String numberOf(String token) {
        String[] parts = token.split("-");
        int thread = Integer.parseInt(parts[parts.length - 2]);
        int conversation = Integer.parseInt(parts[parts.length - 1]);
        return (token.contains("WARM") ? "556" : "555") + thread + String.format(Locale.ROOT, "%06d", conversation);
    }

    private static Map<String, List<String>> sorted(Map<String, List<String>> texts) {
        Map<String, List<String>> out = new TreeMap<>();
        texts.forEach((phone, titles) -> out.put(phone, titles.stream().sorted().toList()));
        return out;
    }

    private static double millis(long[] sortedNanos, double quantile) {
        return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1)] / 1e6;
    }

    private static long heapAfterGc() throws InterruptedException {
        long used = 0;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        return used;
    }
}
