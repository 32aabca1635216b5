package org.relapseguide.users;

import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The users table's layout, in one place: every item is keyed by a {@link UserKey} (a caregiver's memory under the
 * key itself, their text ledger under {@code <key>#texts}) and carries the expiry the table's TTL deletes it at.
 */
public final class UsersTable {
    /** The partition key: a {@link UserKey}, never the raw Alexa user id. */
    public static final String USER_KEY = "userKey";
    /** When DynamoDB's TTL may delete the item, in epoch seconds (set in template.yaml). */
    public static final String EXPIRES_AT = "expiresAt";
    /** How long an item outlives its last write: a caregiver away for longer is forgotten. */
    public static final Duration KEEP_FOR = Duration.ofDays(90);

    private UsersTable() {}

    /** The expiry of an item written at {@code now}. */
    public static AttributeValue expiresAt(Instant now) {
        return AttributeValue.fromN(Long.toString(now.plus(KEEP_FOR).getEpochSecond()));
    }
}
