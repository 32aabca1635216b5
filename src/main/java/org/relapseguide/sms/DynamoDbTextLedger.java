package org.relapseguide.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.relapseguide.users.UsersTable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The text ledger in the users table: one item per caregiver, keyed {@code <UserKey>#texts} beside (never in) the
 * caregiver's own {@code <UserKey>} item. It holds the last 24 hours of texts, a version for optimistic concurrency
 * and {@code expiresAt} for the table's TTL. Every change is a read followed by a PutItem conditional on the version
 * read (or on the item not existing yet), retried on a lost race for as long as the text path's budget allows, so
 * two concurrent requests cannot both reserve the last text allowed, and many at once all get their answer. No
 * transactions: one conditional single-item write is enough, and dynalite supports it.
 *
 * <p>A write that fails may still have landed (a timeout after the request went out, answered late). A reservation
 * whose write failed is settled before the failure is reported: read again, and taken back out if it landed, or made
 * unable to land by a write on the same version. Should that fail too, the reservation, never confirmed, stops
 * counting once the text path has settled ({@link TextHistory#UNCONFIRMED_COUNTS_FOR}).
 */
public final class DynamoDbTextLedger implements TextLedger {
    static final String KEY = UsersTable.USER_KEY;
    static final String SUFFIX = "#texts";
    static final String ENTRIES = "texts";
    static final String VERSION = "version";
    private static final String ID = "id";
    private static final String TOPIC = "topic";
    private static final String AT = "at";
    private static final String MESSAGE_ID = "messageId";
    /** Rounds of reading and writing to settle a write whose outcome is unknown; each can meet another unknown. */
    private static final int SETTLING_ROUNDS = 3;
    /** The longest pause between two rounds of a lost race, so concurrent requests do not keep colliding. */
    private static final int MAX_PAUSE_MILLIS = 40;

    /**
     * How long giving a reservation back or recording its message id keeps retrying lost races: one step of the text
     * path, as both run even past its budget.
     */
    private static final Duration UPDATE_PATIENCE = TextingService.TimeBudget.DEFAULT.longestStep();

    private final Supplier<DynamoDbClient> dynamo;
    private final String table;

    public DynamoDbTextLedger(DynamoDbClient dynamo, String table) {
        this(() -> dynamo, table);
    }

    /**
     * @param dynamo the users table's client, shared with the caregiver memory; it may still be being built, and a
     *     client that could not be built makes every call fail as a ledger failure (so no text is sent)
     */
    public DynamoDbTextLedger(Supplier<DynamoDbClient> dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Reservation reserve(String userKey, String topicId, TextLimits limits, Instant now, Duration patience)
            throws TextLedgerException {
        String id = UUID.randomUUID().toString();
        long started = System.nanoTime();
        for (int round = 0; ; round++) {
            Stored stored = read(userKey);
            if (stored.history().contains(id)) {
                // The SDK retried a write of ours that had landed, and its retry lost to it: the reservation is ours.
                return Reservation.granted(userKey, id);
            }
            TextHistory recent = stored.history().recentAt(now);
            TextHistory.Verdict verdict = recent.check(topicId, now, limits);
            if (verdict != TextHistory.Verdict.ALLOWED) {
                return Reservation.refused(verdict);
            }
            Written written = write(userKey, stored, recent.with(new TextHistory.Entry(id, topicId, now, null)), now);
            if (written.outcome() == Outcome.WRITTEN) {
                return Reservation.granted(userKey, id);
            }
            if (written.outcome() == Outcome.UNKNOWN) {
                settle(userKey, id, stored, now);
                throw new TextLedgerException(
                        "A reservation's write failed and may have landed; it was given back", written.failure());
            }
            if (System.nanoTime() - started >= patience.toNanos()) {
                throw new TextLedgerException("Lost " + (round + 1) + " races to reserve a text");
            }
            pauseAfter(round);
        }
    }

    @Override
    public void release(Reservation reservation, Instant now) throws TextLedgerException {
        change(reservation, now, history -> history.without(reservation.id()));
    }

    @Override
    public void confirm(Reservation reservation, String messageId, Instant now) throws TextLedgerException {
        change(reservation, now, history -> history.confirmed(reservation.id(), messageId));
    }

    /**
     * Applies an edit to a reservation until it is in the ledger. A failed write is read again like a lost race: the
     * edits are the same whenever they land, and each write is conditional on the version it read.
     */
    private void change(Reservation reservation, Instant now, UnaryOperator<TextHistory> edit)
            throws TextLedgerException {
        long started = System.nanoTime();
        for (int round = 0; ; round++) {
            Stored stored = read(reservation.userKey());
            TextHistory recent = stored.history().recentAt(now);
            TextHistory edited = edit.apply(recent);
            if (!recent.contains(reservation.id()) || edited.equals(recent)) {
                return;
            }
            Written written = write(reservation.userKey(), stored, edited, now);
            if (written.outcome() == Outcome.WRITTEN) {
                return;
            }
            if (System.nanoTime() - started >= UPDATE_PATIENCE.toNanos()) {
                throw new TextLedgerException(
                        "Could not update a text reservation in " + (round + 1) + " tries", written.failure());
            }
            pauseAfter(round);
        }
    }

    /**
     * After a reservation's write failed: makes sure the reservation does not count, whether or not the write
     * landed. If it landed, it is taken back out; if the item is still at the version the write was conditional
     * on, a write on that version makes sure it never lands; if the item moved on, it can no longer land.
     *
     * @param before what the failed write was conditional on
     * @throws TextLedgerException when it could not be settled; the reservation then stops counting in time
     */
    private void settle(String userKey, String id, Stored before, Instant now) throws TextLedgerException {
        for (int round = 0; round < SETTLING_ROUNDS; round++) {
            Stored stored = read(userKey);
            Written written;
            if (stored.history().contains(id)) {
                written = write(userKey, stored, stored.history().without(id), now);
            } else if (stored.isSameVersionAs(before)) {
                written = write(userKey, stored, stored.history(), now);
            } else {
                return;
            }
            if (written.outcome() == Outcome.WRITTEN) {
                return;
            }
        }
        throw new TextLedgerException("Could not settle a reservation whose write may have landed");
    }

    /** A short random pause, growing with each lost round, so the requests that lost do not collide again. */
    private static void pauseAfter(int round) throws TextLedgerException {
        int bound = Math.min(MAX_PAUSE_MILLIS, 5 << Math.min(round, 4));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TextLedgerException("Interrupted while waiting to retry a text reservation", e);
        }
    }

    /** What was read: the history, whether the item exists, and the version the next write is conditional on. */
    private record Stored(TextHistory history, AttributeValue version, boolean exists) {
        long nextVersion() {
            try {
                return version == null ? 1 : Long.parseLong(version.n()) + 1;
            } catch (NumberFormatException corrupted) {
                return 1;
            }
        }

        /** Whether a write conditional on {@code other} would still be conditional on this. */
        boolean isSameVersionAs(Stored other) {
            return exists == other.exists && Objects.equals(version, other.version);
        }
    }

    private enum Outcome {
        WRITTEN,
        /** Another request wrote first: nothing of this write landed. */
        RACED,
        /** The write failed without an answer from the table; it may still have landed, or land later. */
        UNKNOWN
    }

    private record Written(Outcome outcome, Exception failure) {}

    private Stored read(String userKey) throws TextLedgerException {
        Map<String, AttributeValue> item;
        try {
            item = dynamo.get()
                    .getItem(r -> r.tableName(table).key(key(userKey)).consistentRead(true))
                    .item();
        } catch (SdkException | CompletionException e) {
            throw new TextLedgerException("Could not read the text history", e);
        }
        if (item == null || item.isEmpty()) {
            return new Stored(TextHistory.EMPTY, null, false);
        }
        List<TextHistory.Entry> entries = new ArrayList<>();
        AttributeValue list = item.get(ENTRIES);
        if (list != null && list.hasL()) {
            for (AttributeValue value : list.l()) {
                entry(value.m()).ifPresent(entries::add);
            }
        }
        AttributeValue version = item.get(VERSION);
        return new Stored(new TextHistory(entries), version != null && version.n() != null ? version : null, true);
    }

    /** Writes the history if nobody changed it since {@code stored} was read. */
    private Written write(String userKey, Stored stored, TextHistory history, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key(userKey));
        item.put(
                ENTRIES,
                AttributeValue.fromL(history.entries().stream()
                        .map(DynamoDbTextLedger::value)
                        .toList()));
        item.put(VERSION, AttributeValue.fromN(Long.toString(stored.nextVersion())));
        item.put(UsersTable.EXPIRES_AT, UsersTable.expiresAt(now));
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table).item(item);
        if (!stored.exists()) {
            put.conditionExpression("attribute_not_exists(#key)").expressionAttributeNames(Map.of("#key", KEY));
        } else if (stored.version() == null) {
            put.conditionExpression("attribute_not_exists(#version)")
                    .expressionAttributeNames(Map.of("#version", VERSION));
        } else {
            put.conditionExpression("#version = :read")
                    .expressionAttributeNames(Map.of("#version", VERSION))
                    .expressionAttributeValues(Map.of(":read", stored.version()));
        }
        try {
            dynamo.get().putItem(put.build());
            return new Written(Outcome.WRITTEN, null);
        } catch (ConditionalCheckFailedException raced) {
            return new Written(Outcome.RACED, raced);
        } catch (SdkException | CompletionException e) {
            // Even an error answer may follow an earlier try of the same call that timed out after it was sent.
            return new Written(Outcome.UNKNOWN, e);
        }
    }

    private static Map<String, AttributeValue> key(String userKey) {
        return Map.of(KEY, AttributeValue.fromS(userKey + SUFFIX));
    }

    private static AttributeValue value(TextHistory.Entry entry) {
        Map<String, AttributeValue> map = new HashMap<>();
        map.put(ID, AttributeValue.fromS(entry.id()));
        map.put(TOPIC, AttributeValue.fromS(entry.topicId()));
        map.put(AT, AttributeValue.fromN(Long.toString(entry.at().getEpochSecond())));
        if (entry.messageId() != null) {
            map.put(MESSAGE_ID, AttributeValue.fromS(entry.messageId()));
        }
        return AttributeValue.fromM(map);
    }

    // A malformed entry is skipped rather than failing every text for this caregiver.
    private static Optional<TextHistory.Entry> entry(Map<String, AttributeValue> map) {
        if (map == null
                || map.get(ID) == null
                || map.get(TOPIC) == null
                || map.get(AT) == null
                || map.get(ID).s() == null
                || map.get(TOPIC).s() == null
                || map.get(AT).n() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TextHistory.Entry(
                    map.get(ID).s(),
                    map.get(TOPIC).s(),
                    Instant.ofEpochSecond(Long.parseLong(map.get(AT).n())),
                    map.get(MESSAGE_ID) == null ? null : map.get(MESSAGE_ID).s()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
