package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.LaunchRequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import java.util.List;
import java.util.Optional;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.RequestLog;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** Opens the skill: a warm welcome, that this is general information and not medical advice, and two examples. */
public final class LaunchHandler implements LaunchRequestHandler {
    private final Voices voices;

    public LaunchHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, LaunchRequest request) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, LaunchRequest request) {
        Voice voice = voices.forRequest(input);
        RequestLog.outcome(input, "welcomed");
        Reply reply = Reply.ask(
                List.of(voice.say(Phrase.WELCOME), voice.say(Phrase.DISCLAIMER), voice.say(Phrase.EXAMPLES)),
                voice.say(Phrase.WHAT_TO_ASK));
        return Responder.respond(input, voice, SessionState.EMPTY, reply);
    }
}
