package org.relapseguide.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The content table as {@link ContentItems} lays it out, each failure a {@link ContentUnavailableException}. */
public final class DynamoDbContentTable {
    private final Supplier<DynamoDbClient> client;
    private final String table;

    /**
     * Which version of a locale is active, the digest of its items (to skip re-reading an unchanged one), and the
     * version it replaced (kept for readers still on it, and to roll back to), or null.
     */
    public record Pointer(String version, String digest, String previous) {}

    /** One version read back from the table, with the items that had to be skipped, each named. */
    public record Snapshot(ContentSet content, String digest, List<String> skipped) {}

    /** @param client the client, perhaps still being built in the background */
    public DynamoDbContentTable(Supplier<DynamoDbClient> client, String table) {
        this.client = client;
        this.table = table;
    }

    public DynamoDbContentTable(DynamoDbClient client, String table) {
        this(() -> client, table);
    }

    public String name() {
        return table;
    }

    /**
     * @param override time limits for this call, or null for the client's own
     * @return the active version of the locale, or empty when none is published
     * @throws ContentUnavailableException when the table cannot be read
     */
    public Optional<Pointer> pointer(String locale, AwsRequestOverrideConfiguration override) {
        // Strongly consistent, here and in the query: these reads happen once a minute at most, and a lagging
        // replica must not pair a new pointer with half of its version, which would then be cached as complete.
        GetItemResponse response = call(() -> client.get()
                .getItem(r -> r.tableName(table)
                        .consistentRead(true)
                        .key(ContentItems.key(locale, ContentItems.ACTIVE))
                        .overrideConfiguration(override)));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        AttributeValue version = response.item().get(ContentItems.VERSION);
        AttributeValue digest = response.item().get(ContentItems.DIGEST);
        if (version == null || version.s() == null || digest == null || digest.s() == null) {
            throw new ContentUnavailableException("The pointer item of " + locale + " in " + table + " is malformed");
        }
        AttributeValue previous = response.item().get(ContentItems.PREVIOUS);
        return Optional.of(new Pointer(version.s(), digest.s(), previous == null ? null : previous.s()));
    }

    /**
     * Reads one version; a topic item that cannot be read is skipped and named, and the rest still answer.
     *
     * @throws ContentUnavailableException when the table cannot be read or the version has no usable content
     */
    public Snapshot read(String locale, Pointer pointer, AwsRequestOverrideConfiguration override) {
        Map<String, Map<String, AttributeValue>> items = version(locale, pointer.version(), override);
        Map<String, AttributeValue> meta = items.get(ContentItems.META);
        List<Map.Entry<String, Map<String, AttributeValue>>> inOrder = new ArrayList<>(items.entrySet());
        inOrder.sort(Comparator.comparingInt(item -> ContentItems.position(item.getValue())));
        ContentMeasures measures = ContentMeasures.of(locale);
        List<Topic> topics = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, Map<String, AttributeValue>> item : inOrder) {
            String name = item.getKey();
            if (!name.startsWith("@")) {
                try {
                    topics.add(ContentItems.topic(name, item.getValue(), measures));
                } catch (ContentItems.MalformedItemException malformed) {
                    skipped.add(malformed.getMessage());
                }
            } else if (!name.equals(ContentItems.META)) {
                skipped.add(name + ": not a content item");
            }
        }
        if (meta == null || topics.isEmpty()) {
            throw new ContentUnavailableException("Version " + pointer.version() + " of " + locale + " in " + table
                    + " has " + (meta == null ? "no meta item" : "no readable topic"));
        }
        try {
            return new Snapshot(
                    ContentItems.content(locale, pointer.version(), meta, topics),
                    pointer.digest(),
                    List.copyOf(skipped));
        } catch (ContentItems.MalformedItemException malformed) {
            throw new ContentUnavailableException("Version " + pointer.version() + " of " + locale + " in " + table
                    + " is unusable: " + malformed.getMessage());
        }
    }

    /** Every item of one version of a locale, by its name within the version (topic id, or meta). */
    public Map<String, Map<String, AttributeValue>> version(
            String locale, String version, AwsRequestOverrideConfiguration override) {
        String prefix = ContentItems.versionPrefix(version);
        Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("#locale = :locale AND begins_with(#topicId, :prefix)")
                    .expressionAttributeNames(Map.of("#locale", ContentItems.LOCALE, "#topicId", ContentItems.TOPIC_ID))
                    .expressionAttributeValues(
                            Map.of(":locale", AttributeValue.fromS(locale), ":prefix", AttributeValue.fromS(prefix)))
                    .overrideConfiguration(override);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse page = call(() -> client.get().query(request.build()));
            for (Map<String, AttributeValue> item : page.items()) {
                items.put(item.get(ContentItems.TOPIC_ID).s().substring(prefix.length()), item);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    public void put(Map<String, AttributeValue> item) {
        call(() -> client.get().putItem(r -> r.tableName(table).item(item)));
    }

    /** Deletes one item of a version: a topic, by id, or the meta item. */
    public void delete(String locale, String version, String name) {
        call(() -> client.get().deleteItem(r -> r.tableName(table).key(ContentItems.key(locale, version, name))));
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException | CompletionException e) {
            throw new ContentUnavailableException(
                    "Content table " + table + " failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
                    e);
        }
    }
}
