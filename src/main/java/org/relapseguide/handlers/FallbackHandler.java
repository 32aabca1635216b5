package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.List;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.GapLog;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** Anything the skill did not understand: says so honestly, suggests topics, and keeps listening. */
public final class FallbackHandler implements IntentRequestHandler {
    private final Voices voices;

    public FallbackHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        RequestLog.outcome(input, "fallback");
        // Alexa sends no words with a fallback: what can be suggested is what the conversation was about.
        GapLog.record("fallback", state.topicId(), "");
        List<Topic> related = voice.content().topic(state.topicId()).stream()
                .flatMap(topic -> topic.related().stream())
                .map(id -> voice.content().topic(id))
                .flatMap(Optional::stream)
                .limit(2)
                .toList();
        return Responder.respond(
                input,
                voice,
                state.withOffer(Offer.NONE),
                voice.listen(Said.phrase(Phrase.FALLBACK), voice.suggestions(related)));
    }
}
