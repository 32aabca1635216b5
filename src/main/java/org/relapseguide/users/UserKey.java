package org.relapseguide.users;

import com.amazon.ask.model.RequestEnvelope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The only form in which a caregiver's Alexa user id is ever stored or logged: a one-way SHA-256 hash, so the
 * users table and the logs cannot be joined back to an Amazon account.
 */
public final class UserKey {
    private UserKey() {}

    /**
     * The key of the caregiver a request comes from: the user in the request's context, or else in its session.
     *
     * @return empty when the request names no Alexa user
     */
    public static Optional<String> of(RequestEnvelope envelope) {
        String userId = null;
        if (envelope.getContext() != null
                && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getUser() != null) {
            userId = envelope.getContext().getSystem().getUser().getUserId();
        } else if (envelope.getSession() != null && envelope.getSession().getUser() != null) {
            userId = envelope.getSession().getUser().getUserId();
        }
        return userId == null || userId.isBlank() ? Optional.empty() : Optional.of(of(userId));
    }

    /** The key for an Alexa user id ({@code amzn1.ask.account...}); the same id always gives the same key. */
    public static String of(String alexaUserId) {
        if (alexaUserId == null || alexaUserId.isBlank()) {
            throw new IllegalArgumentException("An Alexa user id is needed to key a caregiver");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(alexaUserId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
