package org.relapseguide.voice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.util.List;
import java.util.Locale;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.sms.MobileNumberConsent;
import org.relapseguide.sms.TextMessages;
import org.relapseguide.sms.TextOutcome;
import org.relapseguide.sms.TextingService;

/**
 * Texts a topic and says honestly how it went: "sent" only with a message id; otherwise why not, with the details
 * put on a card in the Alexa app instead. Without consent it asks for it by voice, once per session.
 */
public final class TextDelivery {
    /** Whether a missing consent may be asked for by voice now, or only pointed to with the card. */
    public enum ConsentPrompt {
        ASK_BY_VOICE,
        /** The caregiver already said no this session, or just said yes and the API still refuses: no asking again. */
        CARD_ONLY
    }

    private final TextingService texting;

    public TextDelivery(TextingService texting) {
        this.texting = texting;
    }

    public Reply deliver(HandlerInput input, Voice voice, Topic topic, ConsentPrompt consent) {
        String message = TextMessages.compose(topic, voice.content(), voice.text(Phrase.SMS_FOOTER));
        TextOutcome outcome = texting.text(input, topic, message);
        RequestLog.outcome(input, "text_" + outcome.status().name().toLowerCase(Locale.ROOT));
        Card details = TopicReplies.card(voice, topic);
        return switch (outcome.status()) {
            case SENT -> followedByWhatElse(voice, Said.textSent(topic, outcome.lastTwoDigits()), details);
            case NEEDS_CONSENT ->
                consent == ConsentPrompt.ASK_BY_VOICE
                        ? Reply.handOver(
                                List.of(Said.phrase(Phrase.TEXT_ASKING_CONSENT)),
                                MobileNumberConsent.request(topic.id()))
                        : followedByWhatElse(voice, Said.phrase(Phrase.TEXT_NEEDS_CONSENT), permissionCard());
            case NO_NUMBER -> followedByWhatElse(voice, Said.phrase(Phrase.TEXT_NO_NUMBER), details);
            case NUMBER_UNAVAILABLE -> followedByWhatElse(voice, Said.phrase(Phrase.TEXT_NUMBER_UNAVAILABLE), details);
            case OPTED_OUT -> followedByWhatElse(voice, Said.phrase(Phrase.TEXT_OPTED_OUT), details);
            case SEND_FAILED, LIMITS_UNAVAILABLE, OUT_OF_TIME ->
                followedByWhatElse(voice, Said.phrase(Phrase.TEXT_SEND_FAILED), details);
            case RECENTLY_SENT -> followedByWhatElse(voice, Said.phrase(Phrase.TEXT_RECENTLY_SENT), details);
            case DAILY_LIMIT -> followedByWhatElse(voice, Said.phrase(Phrase.TEXT_DAILY_LIMIT), details);
            case TEXTING_OFF -> followedByWhatElse(voice, Said.phrase(Phrase.TEXT_TEXTING_OFF), details);
        };
    }

    /** The caregiver did not give consent by voice: said once, with the card that lets them allow it later. */
    public Reply consentDeclined(Voice voice) {
        return followedByWhatElse(voice, Said.phrase(Phrase.TEXT_CONSENT_DECLINED), permissionCard());
    }

    public Reply whichTopic(Voice voice) {
        return voice.listen(Said.phrase(Phrase.TEXT_WHICH_TOPIC));
    }

    private static Card permissionCard() {
        return Card.askingFor(List.of(MobileNumberConsent.SCOPE));
    }

    private static Reply followedByWhatElse(Voice voice, Said said, Card card) {
        return Reply.ask(List.of(said, Said.phrase(Phrase.WHAT_ELSE)), Said.phrase(Phrase.WHAT_ELSE_REPROMPT))
                .withCard(card);
    }
}
