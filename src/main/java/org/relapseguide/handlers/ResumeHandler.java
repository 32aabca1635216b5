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

/** "Yes" to "shall we pick up where we left off?": the last topic's answer, as if it had just been asked. */
public final class ResumeHandler implements IntentRequestHandler {
    private final Voices voices;

    public ResumeHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.YES)
                && SessionState.from(input.getAttributesManager()).offer() == Offer.RESUME;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        Optional<Topic> topic = voice.content().topic(state.topicId());
        if (topic.isEmpty()) {
            RequestLog.outcome(input, "resume_without_topic");
            return Responder.respond(input, voice, SessionState.EMPTY, TopicReplies.whichTopic(voice));
        }
        RequestLog.topic(input, topic.get().id());
        RequestLog.outcome(input, "resumed");
        return Responder.respond(
                input, voice, state.withTopic(topic.get().id()), TopicReplies.answer(voice, topic.get()));
    }
}
