package org.relapseguide.voice;

import java.util.Locale;

/** Every fixed thing the skill says or writes, by its key in {@code speech/<locale>.properties}. */
public enum Phrase {
    WELCOME,
    WELCOME_BACK,
    DISCLAIMER,
    EXAMPLES,
    RESUME_OFFER,
    WHAT_TO_ASK,
    OFFER_MORE_OR_TEXT,
    OFFER_MORE_OR_TEXT_REPROMPT,
    OFFER_MORE,
    OFFER_MORE_REPROMPT,
    OFFER_TEXT,
    OFFER_TEXT_REPROMPT,
    NO_MORE,
    WHAT_ELSE,
    WHAT_ELSE_REPROMPT,
    HELP,
    GOODBYE,
    FALLBACK,
    UNKNOWN_TOPIC,
    WHICH_TOPIC,
    SUGGEST,
    LIST_OR,
    CLARIFY,
    CLARIFY_NEXT,
    CLARIFY_REPROMPT,
    DECLINE_ADVICE,
    DECLINE_MONEY,
    DECLINE_CARE_CHOICE,
    DECLINE_UNRELATED,
    NOT_YET,
    NOTHING_TO_REPEAT,
    START_OVER,
    OKAY,
    LIST_TOPICS,
    LIST_TOPICS_CARD_TITLE,
    EMERGENCY_LEAD,
    EMERGENCY_FOLLOW_UP,
    ERROR_APOLOGY,
    TEXT_WHICH_TOPIC,
    TEXT_SENT,
    TEXT_SEND_FAILED,
    TEXT_NUMBER_UNAVAILABLE,
    TEXT_NO_NUMBER,
    TEXT_NEEDS_CONSENT,
    TEXT_ASKING_CONSENT,
    TEXT_CONSENT_DECLINED,
    TEXT_TEXTING_OFF,
    TEXT_OPTED_OUT,
    TEXT_RECENTLY_SENT,
    TEXT_DAILY_LIMIT,
    CARD_DISCLAIMER,
    CARD_SOURCE,
    CARD_REVIEWED,
    CARD_NOT_REVIEWED,
    SMS_FOOTER,
    SKILL_NAME;

    /** The key in the properties file: the constant's name in lower case with dots, e.g. {@code offer.text}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
