package org.relapseguide;

import java.util.Map;
import java.util.Set;

/**
 * The skill's configuration, read once from the environment (or a map in tests), failing fast with the name of
 * anything missing or malformed. Optional settings left unset switch their feature to its local stand-in.
 *
 * @param skillId the only Alexa skill id whose requests are answered
 * @param logLevel the lowest level logged (TRACE, DEBUG, INFO, WARN, ERROR)
 * @param contentTable the DynamoDB table the answers come from; null means the content bundled in the jar
 * @param usersTable the DynamoDB table caregivers are remembered in (and their texts counted in); null means nobody
 *     is remembered and texts are counted per instance only
 * @param smsOriginationIdentity the E.164 origination number (toll-free or 10DLC) texts are sent from, which is what
 *     SNS Publish takes (not a pool or an ARN); null means texting is switched off and the skill says so
 * @param smsSenderId an optional alphanumeric sender id, where the destination country supports one
 * @param textResendMinutes how long before the same topic may be texted to the same caregiver again
 * @param textDailyLimit the most texts one caregiver gets in 24 hours
 */
public record SkillConfig(
        String skillId,
        String logLevel,
        String contentTable,
        String usersTable,
        String smsOriginationIdentity,
        String smsSenderId,
        int textResendMinutes,
        int textDailyLimit) {

    public static final String SKILL_ID = "SKILL_ID";
    public static final String LOG_LEVEL = "LOG_LEVEL";
    public static final String CONTENT_TABLE = "CONTENT_TABLE";
    public static final String USERS_TABLE = "USERS_TABLE";
    public static final String SMS_ORIGINATION_IDENTITY = "SMS_ORIGINATION_IDENTITY";
    public static final String SMS_SENDER_ID = "SMS_SENDER_ID";
    public static final String TEXT_RESEND_MINUTES = "TEXT_RESEND_MINUTES";
    public static final String TEXT_DAILY_LIMIT = "TEXT_DAILY_LIMIT";

    /** Every variable this record reads; the deployment template sets exactly these. */
    public static final Set<String> VARIABLES = Set.of(
            SKILL_ID,
            LOG_LEVEL,
            CONTENT_TABLE,
            USERS_TABLE,
            SMS_ORIGINATION_IDENTITY,
            SMS_SENDER_ID,
            TEXT_RESEND_MINUTES,
            TEXT_DAILY_LIMIT);

    public static final int DEFAULT_TEXT_RESEND_MINUTES = 10;
    public static final int DEFAULT_TEXT_DAILY_LIMIT = 5;

    public SkillConfig {
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalArgumentException("Missing configuration: " + SKILL_ID
                    + " (the Alexa skill id whose requests this function answers)");
        }
        logLevel = blankToNull(logLevel) == null ? "INFO" : logLevel.trim();
        contentTable = blankToNull(contentTable);
        usersTable = blankToNull(usersTable);
        smsOriginationIdentity = blankToNull(smsOriginationIdentity);
        smsSenderId = blankToNull(smsSenderId);
        if (textResendMinutes < 0) {
            throw new IllegalArgumentException(TEXT_RESEND_MINUTES + " must not be negative");
        }
        if (textDailyLimit < 0) {
            throw new IllegalArgumentException(TEXT_DAILY_LIMIT + " must not be negative");
        }
    }

    /** A configuration with only a skill id: bundled content, nobody remembered, texting off. */
    public static SkillConfig local(String skillId, String logLevel) {
        return new SkillConfig(
                skillId, logLevel, null, null, null, null, DEFAULT_TEXT_RESEND_MINUTES, DEFAULT_TEXT_DAILY_LIMIT);
    }

    /** This configuration reading content from, and remembering caregivers in, these tables. */
    public SkillConfig withTables(String content, String users) {
        return new SkillConfig(
                skillId,
                logLevel,
                content,
                users,
                smsOriginationIdentity,
                smsSenderId,
                textResendMinutes,
                textDailyLimit);
    }

    public static SkillConfig from(Map<String, String> environment) {
        return new SkillConfig(
                environment.get(SKILL_ID),
                environment.get(LOG_LEVEL),
                environment.get(CONTENT_TABLE),
                environment.get(USERS_TABLE),
                environment.get(SMS_ORIGINATION_IDENTITY),
                environment.get(SMS_SENDER_ID),
                number(environment, TEXT_RESEND_MINUTES, DEFAULT_TEXT_RESEND_MINUTES),
                number(environment, TEXT_DAILY_LIMIT, DEFAULT_TEXT_DAILY_LIMIT));
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        String value = blankToNull(environment.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\"", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
