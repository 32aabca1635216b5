package org.relapseguide.users;

import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
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

/**
 * The ASK SDK's persistence port on the users table with AWS SDK v2, touching only the caregiver's own item.
 */
public final class DynamoDbPersistenceAdapter implements CaregiverStore {
    // One item per caregiver (see UsersTable): the attributes in one map, and the expiry renewed on every save. The
    // texting limits keep their own item,
    // <userKey>#texts, beside it, which this adapter never reads or writes. DynamoDB failures come out as the
    // SDK's PersistenceException, cause kept.
    public static final String ATTRIBUTES = "attributes";

    private final Supplier<DynamoDbClient> client;
    private final String table;
    private final Clock clock;
    private final AwsRequestOverrideConfiguration firstCall;
    private volatile boolean called;

    /**
     * @param client the client, perhaps still being built in the background
     * @param firstCall time limits for the first call, which on a cold JVM also loads the SDK's request path;
     *     null for the client's own
     */
    public DynamoDbPersistenceAdapter(
            Supplier<DynamoDbClient> client, String table, Clock clock, AwsRequestOverrideConfiguration firstCall) {
        this.client = client;
        this.table = table;
        this.clock = clock;
        this.firstCall = firstCall;
    }

    public DynamoDbPersistenceAdapter(
            DynamoDbClient client, String table, Clock clock, AwsRequestOverrideConfiguration firstCall) {
        this(() -> client, table, clock, firstCall);
    }

    @Override
    public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
        Map<String, AttributeValue> key = key(envelope);
        GetItemResponse response = call(() -> client.get()
                .getItem(r -> r.tableName(table)
                        .key(key)
                        .consistentRead(true)
                        .projectionExpression("#a")
                        .expressionAttributeNames(Map.of("#a", ATTRIBUTES))
                        .overrideConfiguration(limits())));
        AttributeValue attributes = response.hasItem() ? response.item().get(ATTRIBUTES) : null;
        if (attributes == null || !attributes.hasM()) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        attributes.m().forEach((name, value) -> out.put(name, fromAttribute(value)));
        return Optional.of(out);
    }

    @Override
    public void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(envelope));
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> values.put(name, toAttribute(value)));
        item.put(ATTRIBUTES, AttributeValue.fromM(values));
        item.put(UsersTable.EXPIRES_AT, UsersTable.expiresAt(clock.instant()));
        call(() -> client.get().putItem(r -> r.tableName(table).item(item).overrideConfiguration(limits())));
    }

    @Override
    public void deleteAttributes(RequestEnvelope envelope) {
        Map<String, AttributeValue> key = key(envelope);
        call(() -> client.get().deleteItem(r -> r.tableName(table).key(key).overrideConfiguration(limits())));
    }

    private AwsRequestOverrideConfiguration limits() {
        return called ? null : firstCall;
    }

    private static Map<String, AttributeValue> key(RequestEnvelope envelope) {
        String userKey = UserKey.of(envelope)
                .orElseThrow(() -> new PersistenceException(
                        "The request names no Alexa user, so there is no caregiver to remember"));
        return Map.of(UsersTable.USER_KEY, AttributeValue.fromS(userKey));
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException | CompletionException e) {
            throw new PersistenceException(
                    "Users table " + table + " failed: " + e.getClass().getSimpleName(), e);
        } finally {
            called = true;
        }
    }

    /** Maps the plain values the skill stores (text, numbers, booleans, lists, maps) to DynamoDB's. */
    static AttributeValue toAttribute(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        } else if (value instanceof String s) {
            return AttributeValue.fromS(s);
        } else if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        } else if (value instanceof Number n) {
            return AttributeValue.fromN(new BigDecimal(n.toString()).toPlainString());
        } else if (value instanceof List<?> list) {
            return AttributeValue.fromL(
                    list.stream().map(DynamoDbPersistenceAdapter::toAttribute).toList());
        } else if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toAttribute(v)));
            return AttributeValue.fromM(out);
        }
        throw new PersistenceException("Cannot store a " + value.getClass().getSimpleName() + " as an attribute");
    }

    static Object fromAttribute(AttributeValue value) {
        if (value.s() != null) {
            return value.s();
        } else if (value.bool() != null) {
            return value.bool();
        } else if (value.n() != null) {
            BigDecimal number = new BigDecimal(value.n());
            return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Object) number.longValueExact()
                    : (Object) number.doubleValue();
        } else if (value.hasL()) {
            List<Object> out = new ArrayList<>();
            value.l().forEach(v -> out.add(fromAttribute(v)));
            return out;
        } else if (value.hasM()) {
            Map<String, Object> out = new LinkedHashMap<>();
            value.m().forEach((k, v) -> out.put(k, fromAttribute(v)));
            return out;
        }
        return null;
    }
}
