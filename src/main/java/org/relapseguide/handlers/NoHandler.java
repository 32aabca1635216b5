package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.List;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/**
 * A "no": declines what was offered and asks what else (or, to picking up the last topic, what they would like to
 * know), or says goodbye when nothing was offered.
 */
public final class NoHandler implements IntentRequestHandler {
    private final Voices voices;

    public NoHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.NO);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        if (state.offer() == Offer.NONE) {
            RequestLog.outcome(input, "goodbye");
            return Responder.respond(input, voice, state, Reply.tell(List.of(Said.phrase(Phrase.GOODBYE))));
        }
        if (state.offer() == Offer.RESUME) {
            RequestLog.outcome(input, "declined_resume");
            return Responder.respond(
                    input, voice, SessionState.EMPTY, voice.thenAskWhatToKnow(Said.phrase(Phrase.OKAY)));
        }
        RequestLog.outcome(input, "declined_offer");
        return Responder.respond(
                input,
                voice,
                state.withOffer(Offer.NONE),
                Reply.ask(
                        List.of(Said.phrase(Phrase.OKAY), Said.phrase(Phrase.WHAT_ELSE)),
                        Said.phrase(Phrase.WHAT_ELSE_REPROMPT)));
    }
}
