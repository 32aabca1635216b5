package org.relapseguide.voice;

/** The intents the interaction model defines, by the names Alexa sends. */
public enum IntentName {
    TOPIC("TopicIntent"),
    LIST_TOPICS("ListTopicsIntent"),
    MORE("MoreIntent"),
    TEXT_DETAILS("TextDetailsIntent"),
    EMERGENCY("EmergencyIntent"),
    YES("AMAZON.YesIntent"),
    NO("AMAZON.NoIntent"),
    REPEAT("AMAZON.RepeatIntent"),
    HELP("AMAZON.HelpIntent"),
    STOP("AMAZON.StopIntent"),
    CANCEL("AMAZON.CancelIntent"),
    FALLBACK("AMAZON.FallbackIntent"),
    START_OVER("AMAZON.StartOverIntent"),
    NAVIGATE_HOME("AMAZON.NavigateHomeIntent");

    private final String modelName;

    IntentName(String modelName) {
        this.modelName = modelName;
    }

    /** The name as written in the interaction model and sent in requests. */
    public String modelName() {
        return modelName;
    }

    public boolean isBuiltIn() {
        return modelName.startsWith("AMAZON.");
    }
}
