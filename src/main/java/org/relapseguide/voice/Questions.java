package org.relapseguide.voice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.GapLog;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.understanding.Understanding;
import org.relapseguide.users.Caregivers;

/**
 * Answers what a caregiver asked in their own words, as the skill understood it: a topic's answer, "did you mean",
 * or an honest decline that names who can help and the topics closest to what was asked. A question it could not
 * answer is recorded, in words that name no one, for the content team.
 */
public final class Questions {
    private final Caregivers caregivers;

    public Questions(Caregivers caregivers) {
        this.caregivers = caregivers;
    }

    /**
     * Understands the words of a slot, in this conversation, and answers.
     *
     * @param intent the intent Alexa matched (its opening words count towards what was said)
     */
    public Optional<Response> answer(HandlerInput input, Voice voice, SessionState state, String intent, String said) {
        Understanding understood = voice.understander().understand(intent, said, Optional.ofNullable(state.topicId()));
        return reply(input, voice, state, understood, said);
    }

    /** Answers what was understood. */
    public Optional<Response> reply(
            HandlerInput input, Voice voice, SessionState state, Understanding understood, String said) {
        if (understood instanceof Understanding.Answer answer) {
            return topic(input, voice, state, answer.topic(), "answered");
        }
        if (understood instanceof Understanding.Clarify clarify) {
            return clarify(input, voice, state, clarify.proposed(), clarify.alternative());
        }
        if (understood instanceof Understanding.Emergency) {
            RequestLog.outcome(input, "emergency");
            return Responder.respond(input, voice, SessionState.EMPTY, EmergencyReplies.reply(voice));
        }
        Understanding.Decline decline = (Understanding.Decline) understood;
        String reason = decline.reason().name().toLowerCase(Locale.ROOT);
        RequestLog.outcome(input, "declined_" + reason);
        GapLog.record(
                reason,
                decline.closest().isEmpty() ? null : decline.closest().get(0).id(),
                voice.understander().forTheRecord(said));
        Reply reply = voice.listen(Said.phrase(phrase(decline.reason())), voice.suggestions(decline.closest()));
        return Responder.respond(input, voice, state.withOffer(Offer.NONE), reply);
    }

    /** A topic's answer, and the caregiver remembered as having heard it. */
    public Optional<Response> topic(HandlerInput input, Voice voice, SessionState state, Topic topic, String outcome) {
        RequestLog.topic(input, topic.id());
        RequestLog.outcome(input, outcome);
        caregivers.heardAbout(input, topic.id());
        return Responder.respond(input, voice, state.withTopic(topic.id()), TopicReplies.answer(voice, topic));
    }

    /** "Did you mean X?", remembering what to propose next if the answer is no. */
    public Optional<Response> clarify(
            HandlerInput input, Voice voice, SessionState state, Topic proposed, Topic alternative) {
        RequestLog.topic(input, proposed.id());
        RequestLog.outcome(input, "clarify");
        Reply reply = Reply.ask(List.of(Said.phrase(Phrase.CLARIFY, proposed)), Said.phrase(Phrase.CLARIFY_REPROMPT))
                .withOffer(Offer.CLARIFY);
        return Responder.respond(
                input, voice, state.withProposal(proposed.id(), alternative == null ? null : alternative.id()), reply);
    }

    private static Phrase phrase(Understanding.Reason reason) {
        return switch (reason) {
            case ADVICE -> Phrase.DECLINE_ADVICE;
            case MONEY -> Phrase.DECLINE_MONEY;
            case CARE_CHOICE -> Phrase.DECLINE_CARE_CHOICE;
            case UNRELATED -> Phrase.DECLINE_UNRELATED;
            case NOT_YET -> Phrase.NOT_YET;
            case UNKNOWN -> Phrase.UNKNOWN_TOPIC;
        };
    }
}
