package org.relapseguide.sms;

import com.amazon.ask.model.ConnectionCompleted;
import com.amazon.ask.model.interfaces.connections.OnCompletion;
import com.amazon.ask.model.interfaces.connections.V1.StartConnectionDirective;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alexa's voice-forward consent for the mobile number: the {@code Connections.StartConnection} directive that asks
 * ("Do you give Relapse Guide permission...?"), and reading the {@code SessionResumedRequest} Alexa sends back. The
 * token carries only which topic to text once consent is given, never anything about the caregiver.
 */
public final class MobileNumberConsent {
    /** The Customer Profile API scope that lets the skill read the account's mobile number. */
    public static final String SCOPE = "alexa::profile:mobile_number:read";

    static final String URI = "connection://AMAZON.AskForPermissionsConsent/2";
    private static final String TOKEN_PREFIX = "text-details:";
    private static final String OK = "200";
    private static final String ACCEPTED = "ACCEPTED";

    private MobileNumberConsent() {}

    /** The directive that asks by voice, coming back to the skill with {@code topicId} in its token. */
    public static StartConnectionDirective request(String topicId) {
        return StartConnectionDirective.builder()
                .withUri(URI)
                .withOnCompletion(OnCompletion.RESUME_SESSION)
                .putInputItem("@type", "AskForPermissionsConsentRequest")
                .putInputItem("@version", "2")
                // ACCOUNT: the Customer Profile API reads the account's number (PERSON would be the recognised
                // speaker's).
                .putInputItem("permissionScopes", List.of(Map.of("permissionScope", SCOPE, "consentLevel", "ACCOUNT")))
                .withToken(TOKEN_PREFIX + topicId)
                .build();
    }

    /** The topic a consent request was made for, when the token is one of ours. */
    public static Optional<String> topicId(ConnectionCompleted completed) {
        String token = completed == null ? null : completed.getToken();
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() == TOKEN_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(token.substring(TOKEN_PREFIX.length()));
    }

    /** True only for status "200" with result ACCEPTED; DENIED, NOT_ANSWERED and any error count as not granted. */
    public static boolean granted(ConnectionCompleted completed) {
        if (completed == null
                || completed.getStatus() == null
                || !OK.equals(completed.getStatus().getCode())) {
            return false;
        }
        return completed.getResult() instanceof Map<?, ?> result && ACCEPTED.equals(result.get("status"));
    }
}
