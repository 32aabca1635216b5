package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.users.Caregivers;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.TopicResolver;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** Answers a question about a topic in one breath and offers more or a text; an unknown topic is said to be so. */
public final class TopicIntentHandler implements IntentRequestHandler {
    private final Voices voices;
    private final Caregivers caregivers;

    public TopicIntentHandler(Voices voices, Caregivers caregivers) {
        this.voices = voices;
        this.caregivers = caregivers;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.TOPIC);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        Optional<Topic> topic = TopicResolver.resolve(request.getIntent(), voice.content());
        if (topic.isEmpty()) {
            boolean named = TopicResolver.spokenTopic(request.getIntent()).isPresent();
            RequestLog.outcome(input, named ? "unknown_topic" : "no_topic");
            return Responder.respond(
                    input,
                    voice,
                    state.withOffer(Offer.NONE),
                    named ? TopicReplies.unknownTopic(voice) : TopicReplies.whichTopic(voice));
        }
        RequestLog.topic(input, topic.get().id());
        RequestLog.outcome(input, "answered");
        caregivers.heardAbout(input, topic.get().id());
        return Responder.respond(
                input, voice, state.withTopic(topic.get().id()), TopicReplies.answer(voice, topic.get()));
    }
}
