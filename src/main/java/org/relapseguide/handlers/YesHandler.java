package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** A "yes" when nothing was offered: asks what the caregiver would like to know. */
public final class YesHandler implements IntentRequestHandler {
    private final Voices voices;

    public YesHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.YES);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        RequestLog.outcome(input, "yes_without_offer");
        return Responder.respond(
                input, voice, state.withOffer(Offer.NONE), voice.thenAskWhatToKnow(Said.phrase(Phrase.OKAY)));
    }
}
