package org.relapseguide.sms;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.util.List;
import java.util.Locale;
import org.relapseguide.content.Topic;
import org.relapseguide.voice.Card;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.RequestLog;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.Voice;

/**
 * Texts a topic and says honestly how it went: "sent" only with a message id; otherwise why not, with the details
 * put on a card in the Alexa app instead.
 */
public final class TextDelivery {
    /** The Customer Profile API scope that lets the skill read the account's mobile number. */
    public static final String MOBILE_NUMBER_SCOPE = "alexa::profile:mobile_number:read";

    private final TextingService texting;

    public TextDelivery(TextingService texting) {
        this.texting = texting;
    }

    public Reply deliver(HandlerInput input, Voice voice, Topic topic) {
        String message = TextMessages.compose(topic, voice.content(), voice.say(Phrase.SMS_FOOTER));
        TextOutcome outcome = texting.text(input, topic, message);
        RequestLog.outcome(input, "text_" + outcome.status().name().toLowerCase(Locale.ROOT));
        Card details = TopicReplies.card(voice, topic);
        return switch (outcome.status()) {
            case SENT -> followedByWhatElse(voice,
                    voice.say(Phrase.TEXT_SENT, "topic", topic.title(), "digits", outcome.lastTwoDigits()), details);
            case NEEDS_CONSENT -> followedByWhatElse(voice, voice.say(Phrase.TEXT_NEEDS_CONSENT),
                    Card.askingFor(List.of(MOBILE_NUMBER_SCOPE)));
            case NO_NUMBER -> followedByWhatElse(voice, voice.say(Phrase.TEXT_NO_NUMBER), details);
            case NUMBER_UNAVAILABLE -> followedByWhatElse(voice, voice.say(Phrase.TEXT_NUMBER_UNAVAILABLE), details);
            case OPTED_OUT -> followedByWhatElse(voice, voice.say(Phrase.TEXT_OPTED_OUT), details);
            case SEND_FAILED -> followedByWhatElse(voice, voice.say(Phrase.TEXT_SEND_FAILED), details);
            case RECENTLY_SENT -> followedByWhatElse(voice, voice.say(Phrase.TEXT_RECENTLY_SENT), details);
            case DAILY_LIMIT -> followedByWhatElse(voice, voice.say(Phrase.TEXT_DAILY_LIMIT), details);
        };
    }

    public Reply whichTopic(Voice voice) {
        return Reply.ask(List.of(voice.say(Phrase.TEXT_WHICH_TOPIC)), voice.say(Phrase.WHAT_TO_ASK));
    }

    private static Reply followedByWhatElse(Voice voice, String said, Card card) {
        return Reply.ask(List.of(said, voice.say(Phrase.WHAT_ELSE)), voice.say(Phrase.WHAT_ELSE_REPROMPT))
                .withCard(card);
    }
}
