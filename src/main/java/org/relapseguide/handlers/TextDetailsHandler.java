package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.understanding.Understanding;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.TextDelivery;
import org.relapseguide.voice.TopicResolver;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** "Text me that", "text me about CAR T", or "yes" to "shall I text you the details?". */
public final class TextDetailsHandler implements IntentRequestHandler {
    private final Voices voices;
    private final TextDelivery delivery;

    public TextDetailsHandler(Voices voices, TextDelivery delivery) {
        this.voices = voices;
        this.delivery = delivery;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.TEXT_DETAILS)
                || (Intents.is(request, IntentName.YES)
                        && SessionState.from(input.getAttributesManager()).offer() == Offer.TEXT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        Optional<Topic> named = TopicResolver.resolve(request.getIntent(), voice.content())
                .or(() -> TopicResolver.spokenTopic(request.getIntent())
                        .map(words -> voice.understander()
                                .understand(request.getIntent().getName(), words, Optional.ofNullable(state.topicId())))
                        .filter(Understanding.Answer.class::isInstance)
                        .map(answer -> ((Understanding.Answer) answer).topic()));
        Optional<Topic> topic = named.isPresent() ? named : voice.content().topic(state.topicId());
        if (topic.isEmpty()) {
            RequestLog.outcome(input, "text_without_topic");
            return Responder.respond(input, voice, state.withOffer(Offer.NONE), delivery.whichTopic(voice));
        }
        RequestLog.topic(input, topic.get().id());
        SessionState next = state.withOffer(Offer.NONE);
        if (named.isPresent() && !named.get().id().equals(state.topicId())) {
            next = next.withTopic(named.get().id());
        }
        TextDelivery.ConsentPrompt consent = state.consentDeclined()
                ? TextDelivery.ConsentPrompt.CARD_ONLY
                : TextDelivery.ConsentPrompt.ASK_BY_VOICE;
        return Responder.respond(input, voice, next, delivery.deliver(input, voice, topic.get(), consent));
    }
}
