package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.CanFulfillIntentRequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.canfulfill.CanFulfillSlotValues;
import com.amazon.ask.model.canfulfill.CanUnderstandSlotValues;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.TopicResolver;
import org.relapseguide.voice.Voices;

/**
 * Tells Alexa, without the skill's name being said, whether it can answer: YES for a topic it has, NO otherwise.
 * It has no side effects: nothing is sent, stored or remembered.
 */
public final class CanFulfillHandler implements CanFulfillIntentRequestHandler {
    private final Voices voices;

    public CanFulfillHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, CanFulfillIntentRequest request) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, CanFulfillIntentRequest request) {
        boolean topicIntent = request.getIntent() != null
                && IntentName.TOPIC.modelName().equals(request.getIntent().getName());
        Optional<Topic> topic = topicIntent
                ? TopicResolver.resolve(
                        request.getIntent(), voices.forRequest(input).content())
                : Optional.empty();
        CanFulfillIntent.Builder answer = CanFulfillIntent.builder()
                .withCanFulfill(topic.isPresent() ? CanFulfillIntentValues.YES : CanFulfillIntentValues.NO);
        if (topicIntent && TopicResolver.spokenTopic(request.getIntent()).isPresent()) {
            answer.putSlotsItem(
                    SlotName.TOPIC.modelName(),
                    CanFulfillSlot.builder()
                            .withCanUnderstand(
                                    topic.isPresent() ? CanUnderstandSlotValues.YES : CanUnderstandSlotValues.NO)
                            .withCanFulfill(topic.isPresent() ? CanFulfillSlotValues.YES : CanFulfillSlotValues.NO)
                            .build());
        }
        return input.getResponseBuilder().withCanFulfillIntent(answer.build()).build();
    }
}
