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
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** "Tell me more", or "yes" to "want to hear more?": the next follow-up on the current topic. */
public final class MoreHandler implements IntentRequestHandler {
    private final Voices voices;

    public MoreHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.MORE)
                || (Intents.is(request, IntentName.YES)
                        && SessionState.from(input.getAttributesManager())
                                .offer()
                                .offersMore());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        Optional<Topic> topic = voice.content().topic(state.topicId());
        if (topic.isEmpty()) {
            RequestLog.outcome(input, "more_without_topic");
            return Responder.respond(input, voice, state.withOffer(Offer.NONE), TopicReplies.whichTopic(voice));
        }
        int index = state.moreHeard();
        RequestLog.topic(input, topic.get().id());
        RequestLog.outcome(input, index < topic.get().more().size() ? "more" : "no_more");
        int heard = Math.min(index + 1, topic.get().more().size());
        return Responder.respond(
                input, voice, state.withMoreHeard(heard), TopicReplies.more(voice, topic.get(), index));
    }
}
