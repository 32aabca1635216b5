package org.relapseguide.voice;

/** The slots the interaction model defines, with the custom types that fill them. */
public enum SlotName {
    /** The topic a caregiver asks about; its values are generated from the content file. */
    TOPIC("topic", "TOPIC"),
    /** An emergency sign a caregiver reports; its values are generated from the content file too. */
    SIGN("sign", "EMERGENCY_SIGN"),
    /** A whole question after its opening words, as Alexa hears it (no entity resolution). */
    QUERY("query", "AMAZON.SearchQuery");

    private final String modelName;
    private final String typeName;

    SlotName(String modelName, String typeName) {
        this.modelName = modelName;
        this.typeName = typeName;
    }

    public String modelName() {
        return modelName;
    }

    public String typeName() {
        return typeName;
    }
}
