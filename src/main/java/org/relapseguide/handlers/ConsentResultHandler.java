package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.SessionResumedRequestHandler;
import com.amazon.ask.model.ConnectionCompleted;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionResumedRequest;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.sms.MobileNumberConsent;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.TextDelivery;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/**
 * Alexa is back from asking the caregiver for their mobile number: on "yes" the text is sent now, with the number
 * looked up fresh; on "no", no answer or an error the skill says once how to allow it later, with the card.
 */
public final class ConsentResultHandler implements SessionResumedRequestHandler {
    private final Voices voices;
    private final TextDelivery delivery;

    public ConsentResultHandler(Voices voices, TextDelivery delivery) {
        this.voices = voices;
        this.delivery = delivery;
    }

    @Override
    public boolean canHandle(HandlerInput input, SessionResumedRequest request) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, SessionResumedRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        ConnectionCompleted completed = request.getCause() instanceof ConnectionCompleted c ? c : null;
        if (!MobileNumberConsent.granted(completed)) {
            RequestLog.outcome(input, "consent_not_given");
            return Responder.respond(input, voice, state.withConsentDeclined(), delivery.consentDeclined(voice));
        }
        Optional<Topic> topic = MobileNumberConsent.topicId(completed)
                .flatMap(voice.content()::topic)
                .or(() -> voice.content().topic(state.topicId()));
        if (topic.isEmpty()) {
            RequestLog.outcome(input, "consent_given_without_topic");
            return Responder.respond(input, voice, state, delivery.whichTopic(voice));
        }
        RequestLog.topic(input, topic.get().id());
        // Consent was just given: if the API still refuses, point to the card rather than ask again.
        return Responder.respond(
                input, voice, state, delivery.deliver(input, voice, topic.get(), TextDelivery.ConsentPrompt.CARD_ONLY));
    }
}
