package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Questions;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.TopicResolver;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/**
 * A topic named in a short question ("what is MRD"): answered in one breath with an offer of more or a text. A name
 * Alexa did not resolve is understood from its words, like any free question.
 */
public final class TopicIntentHandler implements IntentRequestHandler {
    private final Voices voices;
    private final Questions questions;

    public TopicIntentHandler(Voices voices, Questions questions) {
        this.voices = voices;
        this.questions = questions;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.TOPIC);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        Optional<Topic> resolved = TopicResolver.resolve(request.getIntent(), voice.content());
        if (resolved.isPresent()) {
            return questions.topic(input, voice, state, resolved.get(), "answered");
        }
        Optional<String> spoken = TopicResolver.spokenTopic(request.getIntent());
        if (spoken.isEmpty()) {
            RequestLog.outcome(input, "no_topic");
            return Responder.respond(input, voice, state.withOffer(Offer.NONE), TopicReplies.whichTopic(voice));
        }
        return questions.answer(input, voice, state, IntentName.TOPIC.modelName(), spoken.get());
    }
}
