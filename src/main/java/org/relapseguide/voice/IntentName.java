package org.relapseguide.voice;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The intents the interaction model defines, by the names Alexa sends. */
public enum IntentName {
    TOPIC("TopicIntent"),
    /** A free question after an opening Alexa keeps out of the slot ("I want to know ...", "so ..."). */
    QUESTION("QuestionIntent"),
    WHY_QUESTION("WhyQuestionIntent"),
    /**
     * Openings that change what the rest means, so the skill puts them back: "if she gets a fever..." asks about
     * a fever that has not happened; "when", "where" are the question itself.
     */
    IF_QUESTION("IfQuestionIntent"),
    WHEN_QUESTION("WhenQuestionIntent"),
    WHERE_QUESTION("WhereQuestionIntent"),
    WHAT_QUESTION("WhatQuestionIntent"),
    HOW_QUESTION("HowQuestionIntent"),
    /**
     * "How many ...": Spanish says it in one word ("cuántos niños recaen") that no other opening can stand for, so
     * it has an intent of its own and the skill puts the word back; a count asks how common something is.
     */
    HOW_MANY_QUESTION("HowManyQuestionIntent"),
    /**
     * A sentence that opens with a time already gone ("yesterday ...", "ayer ..."; "last night ...", "last week ...",
     * "anoche ..."): the opening is put back, so a sign said then is read as history, not as happening now, and
     * "last" is not lost from "last week".
     */
    YESTERDAY("YesterdayIntent"),
    LAST("LastIntent"),
    /**
     * A sentence that opens with a time long gone ("hace dos años ...", "years ago ..."): Spanish says it first, and
     * without the opening "dos años tuvo una convulsión" is no longer history.
     */
    AGO("AgoIntent"),
    /**
     * A sentence that opens with a temperature ("a hundred and three and he's on the pump", "ciento dos de fiebre"):
     * the number is put back, so the fever is read.
     */
    TEMPERATURE("TemperatureIntent"),
    /**
     * A sentence that opens with "had ..." or "tuvo ...", "le dio ...": the past is put back ("tuvo fiebre la semana
     * pasada pero ya se le quitó" is history, not a fever now), which "do ..." or "ella ..." would have lost.
     */
    PAST_STATEMENT("PastStatementIntent"),
    /** A yes-or-no question, by its opening: "is ...", "does ...", "can ...", "will ...". */
    IS_QUESTION("IsQuestionIntent"),
    DO_QUESTION("DoQuestionIntent"),
    CAN_QUESTION("CanQuestionIntent"),
    WILL_QUESTION("WillQuestionIntent"),
    /**
     * "Can't ...", "won't ..." ("can't breathe", "won't wake up"; "no puede ...", "no va a ..."): the negation is put
     * back with the opening, which "can ..." and "will ..." would have lost.
     */
    CANNOT("CannotIntent"),
    WONT("WontIntent"),
    /**
     * "Doesn't ...", "hasn't ...", "didn't ..." ("doesn't wake up when I shake him", "hasn't stopped bleeding"): put
     * back as "does not", which "do ..." would have lost; Spanish says it with "no" ("no despierta") and has "tampoco".
     */
    DOES_NOT("DoesNotIntent"),
    SHOULD_QUESTION("ShouldQuestionIntent"),
    /**
     * A sentence the caregiver opens with their own ("my head is pounding ...", "our whole family ...", "mi cabeza
     * ..."): the opening is put back, so what they say of themself is read as theirs.
     */
    SELF_STATEMENT("SelfStatementIntent"),
    /** A sentence about the patient ("she ...", "his ..."): questions, and emergencies described. */
    PATIENT_STATEMENT("PatientStatementIntent"),
    /**
     * A sentence that opens with the patient's possessive ("his sister has a fever", "her little brother keeps
     * screaming at bedtime", "su hermanito"): put back as such, so someone of the patient's is not read as the patient.
     */
    POSSESSIVE_STATEMENT("PossessiveStatementIntent"),
    /**
     * A sentence that opens with a child's first name ("Liam's burning up", "Sofi se desmayó", "a Mateo le dio
     * fiebre"), from a list of common ones: put back as the patient, so the name itself never reaches the skill.
     */
    NAMED_STATEMENT("NamedStatementIntent"),
    /** A sentence about a child ("my son ...", "our baby ..."). */
    CHILD_STATEMENT("ChildStatementIntent"),
    /** A sentence about an adult patient ("my husband ...", "my mom ..."). */
    ADULT_STATEMENT("AdultStatementIntent"),
    /** A sentence about the caregiver ("I ...", "we ..."): questions, and feelings. */
    CAREGIVER_STATEMENT("CaregiverStatementIntent"),
    /** What someone else said ("the doctor said ..."). */
    REPORTED("ReportedIntent"),
    /**
     * A sentence that opens with the sign itself, no subject before it, as Spanish says it most ("sangra mucho y no
     * para", "llora de dolor"): the sign's words are the opening, put back in front so the emergency reading sees them.
     */
    BLEEDING_STATEMENT("BleedingStatementIntent"),
    PAIN_STATEMENT("PainStatementIntent"),
    BREATHING_STATEMENT("BreathingStatementIntent"),
    /**
     * A sentence that opens with the lips ("labios moraditos y no puede respirar", "lips look blue"): put back as
     * "labios" or "lips", so their colour is read as a sign.
     */
    LIPS_STATEMENT("LipsStatementIntent"),
    VOMITING_STATEMENT("VomitingStatementIntent"),
    /**
     * A sentence that opens with the head ("head hurt real bad keep throwing up"): "head hurts" is put back, so a
     * headache with vomiting is read as a sign and a mild one asked about is not.
     */
    HEAD_STATEMENT("HeadStatementIntent"),
    /** A sentence that opens with a fever ("fever of 102 and he's shaking", "calentura de 39"): "fever" is put back. */
    FEVER_STATEMENT("FeverStatementIntent"),
    /**
     * A sentence that opens with the thermometer ("thermometer says one oh two", "el termómetro dice 39"): put back
     * whole, so the reading is read as one, and a normal one as normal (not as "fever").
     */
    THERMOMETER_STATEMENT("ThermometerStatementIntent"),
    /**
     * A sentence that opens with what the patient has ("has a hundred and two", "tiene treinta y nueve y está en
     * quimio"): "has" is put back, so a bare reading after it is still read as one.
     */
    HAS_STATEMENT("HasStatementIntent"),
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

    /** The intents whose one slot is a whole question in the caregiver's words. */
    public static final Set<IntentName> FREE_QUESTIONS = EnumSet.of(
            QUESTION,
            WHY_QUESTION,
            IF_QUESTION,
            WHEN_QUESTION,
            WHERE_QUESTION,
            WHAT_QUESTION,
            HOW_QUESTION,
            HOW_MANY_QUESTION,
            YESTERDAY,
            LAST,
            AGO,
            TEMPERATURE,
            PAST_STATEMENT,
            IS_QUESTION,
            DO_QUESTION,
            CAN_QUESTION,
            WILL_QUESTION,
            CANNOT,
            WONT,
            DOES_NOT,
            SHOULD_QUESTION,
            SELF_STATEMENT,
            PATIENT_STATEMENT,
            POSSESSIVE_STATEMENT,
            NAMED_STATEMENT,
            CHILD_STATEMENT,
            ADULT_STATEMENT,
            CAREGIVER_STATEMENT,
            REPORTED,
            BLEEDING_STATEMENT,
            PAIN_STATEMENT,
            BREATHING_STATEMENT,
            LIPS_STATEMENT,
            VOMITING_STATEMENT,
            HEAD_STATEMENT,
            FEVER_STATEMENT,
            THERMOMETER_STATEMENT,
            HAS_STATEMENT);

    /** The intent of this name, if the model defines one. */
    public static Optional<IntentName> of(String modelName) {
        for (IntentName name : values()) {
            if (name.modelName.equals(modelName)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    public boolean isBuiltIn() {
        return modelName.startsWith("AMAZON.");
    }
}
