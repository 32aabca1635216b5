package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.List;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/**
 * Repeat: says the last thing again, rendered afresh from the references the session carries, keeping whatever was
 * offered; a reference to anything the skill does not have is not spoken.
 */
public final class RepeatHandler implements IntentRequestHandler {
    private final Voices voices;

    public RepeatHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.REPEAT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        Optional<List<Said>> said = state.lastSaid(voice.content());
        if (said.isEmpty()) {
            RequestLog.outcome(input, "nothing_to_repeat");
            return Responder.respond(
                    input, voice, state, voice.thenAskWhatToKnow(Said.phrase(Phrase.NOTHING_TO_REPEAT)));
        }
        RequestLog.outcome(input, "repeated");
        List<Said> reprompt =
                state.lastReprompt(voice.content()).orElse(List.of(Said.phrase(Phrase.WHAT_ELSE_REPROMPT)));
        return Responder.respond(input, voice, state, new Reply(said.get(), reprompt, null, false));
    }
}
