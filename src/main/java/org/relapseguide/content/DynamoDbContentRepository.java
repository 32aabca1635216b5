package org.relapseguide.content;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;

/**
 * Content from the DynamoDB content table, cached per locale so a warm request makes no DynamoDB call, and never
 * failing: when the table does, the last good copy (or the snapshot bundled in the jar) answers.
 */
public final class DynamoDbContentRepository implements ContentRepository {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbContentRepository.class);
    /** How long a copy is served before the table is asked whether it changed. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    /** How long a failed table is left alone before it is tried again, so an outage costs few requests a wait. */
    public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(15);
    /**
     * The field of every degraded line saying for how long the locale has been degraded: the deployment alarms when
     * it passes five minutes.
     */
    public static final String DEGRADED_SECONDS_FIELD = "degradedSeconds";

    private final DynamoDbContentTable table;
    private final AwsRequestOverrideConfiguration firstLoad;
    private final long timeToLiveNanos;
    private final long retryNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    /** When each degraded locale became degraded, by {@link #nanoTime}. */
    private final Map<String, Long> degradedSince = new ConcurrentHashMap<>();

    private volatile ContentSet bundled;

    /** One locale's copy: what it says, which digest it was read at, and when to look at the table again. */
    private record Entry(ContentSet content, String digest, long checkAfterNanos) {}

    /**
     * @param firstLoad time limits for the first read of a locale, which on a cold JVM also pays for loading the
     *     SDK's classes; null for the client's own
     */
    public DynamoDbContentRepository(
            DynamoDbContentTable table,
            AwsRequestOverrideConfiguration firstLoad,
            Duration timeToLive,
            Duration retryAfterFailure,
            LongSupplier nanoTime) {
        this.table = table;
        this.firstLoad = firstLoad;
        this.timeToLiveNanos = timeToLive.toNanos();
        this.retryNanos = retryAfterFailure.toNanos();
        this.nanoTime = nanoTime;
    }

    public DynamoDbContentRepository(DynamoDbContentTable table, AwsRequestOverrideConfiguration firstLoad) {
        this(table, firstLoad, TIME_TO_LIVE, RETRY_AFTER_FAILURE, System::nanoTime);
    }

    /**
     * Starts reading a locale on a background thread, so a cold start loads the table while the rest of the skill
     * is built; the first request for the locale waits for it only as long as the first-load limits allow.
     */
    public DynamoDbContentRepository prefetch(String locale) {
        Thread loader = new Thread(() -> content(locale), "content-prefetch");
        loader.setDaemon(true);
        loader.start();
        return this;
    }

    /**
     * Makes every locale's copy due for a check on its next request, keeping it to answer with meanwhile. For a
     * SnapStart restore: the snapshot's copy may be days old, and the clock it was timed by has moved on.
     */
    @Override
    public synchronized void expire() {
        long now = nanoTime.getAsLong();
        cache.replaceAll((locale, entry) -> new Entry(entry.content(), entry.digest(), now));
    }

    /**
     * {@inheritDoc} Once a locale's copy is older than the time-to-live, this request reads the table's small
     * pointer item, and the version again only when its digest changed, bounded by the client's time limits: a
     * refresh thread would be frozen by Lambda between invocations and wake to a blown timeout.
     */
    @Override
    public ContentSet content(String locale) {
        String key = locale == null ? Locales.DEFAULT : locale;
        Entry entry = cache.get(key);
        if (entry != null && nanoTime.getAsLong() - entry.checkAfterNanos() < 0) {
            return entry.content();
        }
        return refresh(key, entry);
    }

    private synchronized ContentSet refresh(String locale, Entry seen) {
        Entry current = cache.get(locale);
        if (current != seen) {
            return current.content();
        }
        Entry next;
        try {
            next = fetch(locale, current);
            if (degradedSince.remove(locale) != null) {
                LOG.info(
                        "Content table {} answers again for {}: serving version {}",
                        table.name(),
                        locale,
                        next.content().version());
            }
        } catch (RuntimeException failure) {
            next = fallBack(locale, current, failure);
        }
        cache.put(locale, next);
        return next.content();
    }

    private Entry fetch(String locale, Entry current) {
        AwsRequestOverrideConfiguration limits = current == null ? firstLoad : null;
        Optional<DynamoDbContentTable.Pointer> pointer = table.pointer(locale, limits);
        long checkAfter = nanoTime.getAsLong() + timeToLiveNanos;
        if (pointer.isEmpty()) {
            if (locale.equals(Locales.DEFAULT)) {
                throw new ContentUnavailableException("Content table " + table.name() + " has no published " + locale
                        + " content: load it with `content load`");
            }
            // A locale the table does not hold is answered in the default one, as the port promises.
            return new Entry(content(Locales.DEFAULT), null, checkAfter);
        }
        if (current != null && pointer.get().digest().equals(current.digest())) {
            return new Entry(current.content(), current.digest(), checkAfter);
        }
        DynamoDbContentTable.Snapshot snapshot = table.read(locale, pointer.get(), limits);
        if (!snapshot.skipped().isEmpty()) {
            LOG.warn(
                    "Content table {} version {} of {}: skipped {} malformed item(s): {}",
                    table.name(),
                    pointer.get().version(),
                    locale,
                    snapshot.skipped().size(),
                    String.join("; ", snapshot.skipped()));
        }
        LOG.info(
                "Content table {}: serving {} version {} ({} topics)",
                table.name(),
                locale,
                snapshot.content().version(),
                snapshot.content().topics().size());
        return new Entry(snapshot.content(), snapshot.digest(), checkAfter);
    }

    private Entry fallBack(String locale, Entry current, RuntimeException failure) {
        ContentSet content = current != null ? current.content() : bundled();
        long now = nanoTime.getAsLong();
        Long since = degradedSince.putIfAbsent(locale, now);
        if (since == null) {
            LOG.atWarn()
                    .addKeyValue(DEGRADED_SECONDS_FIELD, 0L)
                    .log(
                            "Content degraded for {}: the table failed, so answers come from {} version {} until it "
                                    + "recovers ({})",
                            locale,
                            current != null ? "the last good copy," : "the bundled snapshot,",
                            content.version(),
                            failure.getMessage());
        } else {
            // One line per retry (at most one each RETRY_AFTER_FAILURE), so an outage that lasts shows as one.
            long seconds = Duration.ofNanos(now - since).toSeconds();
            LOG.atWarn()
                    .addKeyValue(DEGRADED_SECONDS_FIELD, seconds)
                    .log(
                            "Content table {} still failing for {}: degraded for {} s ({})",
                            table.name(),
                            locale,
                            seconds,
                            failure.getClass().getSimpleName());
        }
        return new Entry(content, current == null ? null : current.digest(), nanoTime.getAsLong() + retryNanos);
    }

    private ContentSet bundled() {
        ContentSet snapshot = bundled;
        if (snapshot == null) {
            snapshot = ContentFile.bundled(Locales.DEFAULT);
            bundled = snapshot;
        }
        return snapshot;
    }
}
