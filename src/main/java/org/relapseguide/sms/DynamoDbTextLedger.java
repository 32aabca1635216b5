package org.relapseguide.sms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
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
 * read (or on the item not existing yet), retried on a lost race, so two concurrent requests cannot both reserve the
 * last text allowed. No transactions: one conditional single-item write is enough, and dynalite supports it.
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
    /**
     * Each lost race means another request of the same caregiver wrote first, and the next read sees its text, so
     * two rounds settle even twenty concurrent requests for one topic; more would only stretch a slow table's delay.
     */
    private static final int MAX_ATTEMPTS = 3;

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
    public Reservation reserve(String userKey, String topicId, TextLimits limits, Instant now)
            throws TextLedgerException {
        String id = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Stored stored = read(userKey);
            if (stored.history().contains(id)) {
                // A write that timed out on the client but landed: the reservation is ours.
                return Reservation.granted(userKey, id);
            }
            TextHistory recent = stored.history().recentAt(now);
            TextHistory.Verdict verdict = recent.check(topicId, now, limits);
            if (verdict != TextHistory.Verdict.ALLOWED) {
                return Reservation.refused(verdict);
            }
            if (write(userKey, stored, recent.with(new TextHistory.Entry(id, topicId, now, null)), now)) {
                return Reservation.granted(userKey, id);
            }
        }
        throw new TextLedgerException("Lost " + MAX_ATTEMPTS + " races to reserve a text");
    }

    @Override
    public void release(Reservation reservation, Instant now) throws TextLedgerException {
        change(reservation, now, history -> history.without(reservation.id()));
    }

    @Override
    public void confirm(Reservation reservation, String messageId, Instant now) throws TextLedgerException {
        change(reservation, now, history -> history.confirmed(reservation.id(), messageId));
    }

    private void change(Reservation reservation, Instant now, UnaryOperator<TextHistory> edit)
            throws TextLedgerException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Stored stored = read(reservation.userKey());
            if (!stored.history().contains(reservation.id())) {
                return;
            }
            if (write(reservation.userKey(), stored, edit.apply(stored.history().recentAt(now)), now)) {
                return;
            }
        }
        throw new TextLedgerException("Lost " + MAX_ATTEMPTS + " races to update a text reservation");
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
    }

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

    /** Writes the history if nobody changed it since {@code stored} was read; false when someone did. */
    private boolean write(String userKey, Stored stored, TextHistory history, Instant now) throws TextLedgerException {
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
            return true;
        } catch (ConditionalCheckFailedException raced) {
            return false;
        } catch (SdkException | CompletionException e) {
            throw new TextLedgerException("Could not write the text history", e);
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
