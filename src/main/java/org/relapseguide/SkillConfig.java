package org.relapseguide;

import java.util.Map;
import java.util.Set;

/**
 * The skill's configuration, read once from the environment (or a map in tests), failing fast with the name of
 * anything missing.
 *
 * @param skillId the only Alexa skill id whose requests are answered
 * @param logLevel the lowest level logged (TRACE, DEBUG, INFO, WARN, ERROR)
 */
public record SkillConfig(String skillId, String logLevel) {
    public static final String SKILL_ID = "SKILL_ID";
    public static final String LOG_LEVEL = "LOG_LEVEL";

    /** Every variable this record reads; the deployment template sets exactly these. */
    public static final Set<String> VARIABLES = Set.of(SKILL_ID, LOG_LEVEL);

    public SkillConfig {
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalArgumentException("Missing configuration: " + SKILL_ID
                    + " (the Alexa skill id whose requests this function answers)");
        }
        logLevel = logLevel == null || logLevel.isBlank() ? "INFO" : logLevel.trim();
    }

    public static SkillConfig from(Map<String, String> environment) {
        return new SkillConfig(environment.get(SKILL_ID), environment.get(LOG_LEVEL));
    }
}
