package org.relapseguide.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Topic;
import org.relapseguide.content.Words;
import org.relapseguide.content.quality.ContentReport;
import org.relapseguide.content.quality.ContentValidator;
import org.relapseguide.content.quality.Readability;
import org.relapseguide.sms.Gsm7;
import org.relapseguide.sms.TextMessages;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import org.relapseguide.voice.Ssml;

/**
 * The review page: every locale's content file made visible as a static site a clinician opens in any browser (or
 * receives as a zip), with nothing typed by hand and nothing fetched when it is viewed. It shows each topic as Alexa
 * says it and as the phone shows its text, with its measures, sources, review date and validator findings; charts of
 * the measures; filters; each topic's locales side by side; and what caregivers asked that the skill could not answer.
 */
public final class ReviewSite {
    /** A review older than this is stale. */
    static final int STALE_AFTER_MONTHS = 12;

    private static final String ASSETS = "assets";
    private static final String TOPIC_PAGES = "topic";

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final Function<String, ContentValidator> validators;
    private final Clock clock;

    /**
     * @param validators each locale's validator, holding the locale's own phrases
     * @param clock today, for the review dates' age
     */
    public ReviewSite(Function<String, ContentValidator> validators, Clock clock) {
        this.validators = validators;
        this.clock = clock;
    }

    /**
     * What a build made.
     *
     * @param recordings how many espeak-ng recordings the site holds; 0 without espeak-ng
     * @param findings validator findings over every locale
     */
    public record Built(Path index, List<String> locales, int topics, int findings, int recordings, Duration took) {}

    /**
     * Builds the site from every content file in a folder ({@code content/*.json}).
     *
     * @param logs JSON log files to read the unanswered questions from; may be empty
     */
    public Built build(Path contentFolder, Path out, List<Path> logs) throws IOException {
        long started = System.nanoTime();
        List<Path> files;
        try (Stream<Path> listed = Files.list(contentFolder)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("No content files (*.json) in " + contentFolder);
        }
        Files.createDirectories(out.resolve(TOPIC_PAGES));
        Recordings recordings = Recordings.in(out);
        List<LocaleReview> locales = new ArrayList<>();
        // Locales are read, checked and measured side by side, and espeak-ng records on two more threads.
        ExecutorService espeak = Executors.newFixedThreadPool(2);
        ExecutorService readers = Executors.newFixedThreadPool(Math.min(files.size(), 2));
        try {
            List<Future<LocaleReview>> reviews = new ArrayList<>();
            for (Path file : files) {
                reviews.add(readers.submit(() -> review(file, recordings, espeak)));
            }
            for (Future<LocaleReview> review : reviews) {
                locales.add(get(review));
            }
        } finally {
            readers.shutdownNow();
            espeak.shutdownNow();
        }
        Gaps gaps = logs.isEmpty() ? null : Gaps.read(logs);
        LocalDate today = LocalDate.now(clock);
        Pages pages = new Pages(locales, gaps, recordings.available(), today, today.minusMonths(STALE_AFTER_MONTHS));
        write(out.resolve("index.html"), pages.index());
        Set<String> ids = new LinkedHashSet<>();
        locales.forEach(l -> l.topics().forEach(t -> ids.add(t.topic().id())));
        for (String id : ids) {
            write(out.resolve(TOPIC_PAGES).resolve(id + ".html"), pages.topicPage(id));
        }
        copyAsset(out, "site.css");
        copyAsset(out, "site.js");
        int recorded = pruneRecordings(out, locales);
        return new Built(
                out.resolve("index.html"),
                locales.stream().map(LocaleReview::locale).toList(),
                locales.stream().mapToInt(l -> l.topics().size()).sum(),
                locales.stream()
                        .mapToInt(l -> l.fileFindings().size()
                                + l.topics().stream()
                                        .mapToInt(t -> t.findings().size())
                                        .sum())
                        .sum(),
                recorded,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private LocaleReview review(Path file, Recordings recordings, ExecutorService espeak) throws IOException {
        ContentFile.Document document = ContentFile.read(file);
        ContentSet content = document.toContentSet();
        String locale = content.locale();
        LocaleReview.Settings settings = LocaleReview.Settings.of(locale);
        List<Finding> findings = new ArrayList<>(validators.apply(locale).validate(document));
        Ssml ssml = new Ssml(content.pronunciations());
        Readability readability = settings.scale().formula(content.pronunciations());
        String footer = Speech.load(locale).get(Phrase.SMS_FOOTER);
        LocalDate staleBefore = LocalDate.now(clock).minusMonths(STALE_AFTER_MONTHS);

        Map<String, Future<Recordings.Recording>> recorded = new LinkedHashMap<>();
        for (Topic topic : content.topics()) {
            for (String text : spokenTexts(topic)) {
                String body = ssml.render(List.of(text));
                if (recordings.available() && !recorded.containsKey(body)) {
                    recorded.put(body, espeak.submit(() -> recordings.record(settings.voice(), body)));
                }
            }
        }
        List<LocaleReview.TopicReview> topics = new ArrayList<>();
        for (Topic topic : content.topics()) {
            List<LocaleReview.Part> parts = new ArrayList<>();
            List<String> texts = spokenTexts(topic);
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                String body = ssml.render(List.of(text));
                Recordings.Recording recording = recorded.containsKey(body) ? get(recorded.get(body)) : null;
                String label = i == 0 ? "answer" : "more " + i;
                parts.add(new LocaleReview.Part(
                        label,
                        text,
                        body,
                        Words.count(text),
                        recording == null ? Double.NaN : recording.seconds(),
                        readability.score(text),
                        recording == null ? null : recording.file()));
                if (recording != null && recording.seconds() > ContentReport.MAX_SECONDS) {
                    // The rule `content validate` adds from its own timing, from this recording's length.
                    findings.add(new Finding(
                            "topic " + topic.id(),
                            "seconds",
                            String.format(
                                    Locale.ROOT,
                                    "%s takes %.1f s to say; at most %.0f s",
                                    label,
                                    recording.seconds(),
                                    ContentReport.MAX_SECONDS)));
                }
            }
            String sms =
                    topic.text() == null || topic.title() == null ? "" : TextMessages.compose(topic, content, footer);
            LocalDate reviewed = topic.signedReview()
                    .map(r -> r.date())
                    .orElse(topic.written() == null ? LocalDate.EPOCH : topic.written());
            topics.add(new LocaleReview.TopicReview(
                    topic,
                    parts,
                    sms,
                    sms.length(),
                    sms.isEmpty() ? 0 : Gsm7.segments(sms),
                    List.of(),
                    reviewed,
                    topic.signedReview().isPresent(),
                    reviewed.isBefore(staleBefore)));
        }
        List<LocaleReview.TopicReview> withFindings = topics.stream()
                .map(t -> new LocaleReview.TopicReview(
                        t.topic(),
                        t.parts(),
                        t.sms(),
                        t.smsCharacters(),
                        t.smsSegments(),
                        findings.stream()
                                .filter(f ->
                                        f.where().equals("topic " + t.topic().id()))
                                .toList(),
                        t.reviewed(),
                        t.signed(),
                        t.stale()))
                .toList();
        Set<String> topicWheres = new LinkedHashSet<>();
        content.topics().forEach(t -> topicWheres.add("topic " + t.id()));
        List<Finding> fileFindings =
                findings.stream().filter(f -> !topicWheres.contains(f.where())).toList();
        return new LocaleReview(file, content, settings, withFindings, fileFindings);
    }

    /**
     * Deletes the recordings of texts the content no longer has (and any left half-written), so the site stays the
     * size of what it shows; returns how many it keeps.
     */
    private static int pruneRecordings(Path out, List<LocaleReview> locales) throws IOException {
        Path folder = out.resolve(Recordings.FOLDER);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Set<Path> used = new HashSet<>();
        locales.forEach(l -> l.topics()
                .forEach(t -> t.parts().stream()
                        .filter(p -> p.audio() != null)
                        .forEach(p -> used.add(out.resolve(p.audio()).normalize()))));
        try (Stream<Path> audio = Files.list(folder)) {
            for (Path file : audio.toList()) {
                if (!used.contains(file.normalize())) {
                    Files.delete(file);
                }
            }
        }
        return used.size();
    }

    private static List<String> spokenTexts(Topic topic) {
        List<String> texts = new ArrayList<>();
        texts.add(topic.answer() == null ? "" : topic.answer());
        texts.addAll(topic.more());
        return texts;
    }

    private static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while building the review page", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static void write(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static void copyAsset(Path out, String name) throws IOException {
        Files.createDirectories(out.resolve(ASSETS));
        try (InputStream in = ReviewSite.class.getClassLoader().getResourceAsStream("review/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The jar has no review/" + name);
            }
            Files.write(out.resolve(ASSETS).resolve(name), in.readAllBytes());
        }
    }

    /** The numbers a text states, comparable across languages: "1,000" and "1.000" are 1000; "1,5" is 1.5. */
    static Set<String> numbers(Collection<String> texts) {
        Set<String> numbers = new TreeSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher matcher = NUMBER.matcher(text);
            while (matcher.find()) {
                numbers.add(matcher.group()
                        .replaceAll("(?<=\\d)[.,](?=\\d{3}(?!\\d))", "")
                        .replace(',', '.'));
            }
        }
        return numbers;
    }

    static Map<String, Integer> perCategory(LocaleReview locale) {
        Map<String, Integer> counts = new TreeMap<>();
        locale.topics()
                .forEach(t -> counts.merge(
                        t.topic().category() == null
                                ? "(none)"
                                : t.topic().category().fileName(),
                        1,
                        Integer::sum));
        return counts;
    }
}
