package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.CanFulfillIntentRequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.canfulfill.CanFulfillSlotValues;
import com.amazon.ask.model.canfulfill.CanUnderstandSlotValues;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.understanding.Understanding;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.TopicResolver;
import org.relapseguide.voice.Voice;
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
        Optional<IntentName> intent =
                Optional.ofNullable(request.getIntent()).map(Intent::getName).flatMap(IntentName::of);
        Voice voice = voices.forRequest(input);
        CanFulfillIntent answer = intent.filter(IntentName.FREE_QUESTIONS::contains)
                        .isPresent()
                ? question(request.getIntent(), voice)
                : intent.filter(IntentName.TOPIC::equals).isPresent() ? topic(request.getIntent(), voice) : no();
        return input.getResponseBuilder().withCanFulfillIntent(answer).build();
    }

    private static CanFulfillIntent topic(Intent intent, Voice voice) {
        Optional<Topic> topic = TopicResolver.resolve(intent, voice.content());
        Optional<String> spoken = TopicResolver.spokenTopic(intent);
        if (topic.isEmpty() && spoken.isPresent()) {
            // Words Alexa could not match to a topic are read as a question would be.
            Understanding understood =
                    voice.understander().understand(intent.getName(), spoken.get(), Optional.empty());
            return answer(fulfils(understood), SlotName.TOPIC);
        }
        CanFulfillIntent.Builder answer = CanFulfillIntent.builder()
                .withCanFulfill(topic.isPresent() ? CanFulfillIntentValues.YES : CanFulfillIntentValues.NO);
        if (spoken.isPresent()) {
            answer.putSlotsItem(SlotName.TOPIC.modelName(), slot(CanFulfillIntentValues.YES));
        }
        return answer.build();
    }

    private static CanFulfillIntent question(Intent intent, Voice voice) {
        Optional<String> said = Optional.ofNullable(intent.getSlots())
                .map(slots -> slots.get(SlotName.QUERY.modelName()))
                .map(Slot::getValue)
                .filter(value -> !value.isBlank());
        if (said.isEmpty()) {
            return no();
        }
        return answer(
                fulfils(voice.understander().understand(intent.getName(), said.get(), Optional.empty())),
                SlotName.QUERY);
    }

    /**
     * YES for a question it answers (a topic, or an emergency sign: the skill says to call now), MAYBE when it would
     * ask "did you mean", NO for what it would decline: Alexa should find a better skill for that.
     */
    private static CanFulfillIntentValues fulfils(Understanding understood) {
        if (understood instanceof Understanding.Answer || understood instanceof Understanding.Emergency) {
            return CanFulfillIntentValues.YES;
        }
        return understood instanceof Understanding.Clarify ? CanFulfillIntentValues.MAYBE : CanFulfillIntentValues.NO;
    }

    private static CanFulfillIntent answer(CanFulfillIntentValues value, SlotName slot) {
        return CanFulfillIntent.builder()
                .withCanFulfill(value)
                .putSlotsItem(slot.modelName(), slot(value))
                .build();
    }

    private static CanFulfillSlot slot(CanFulfillIntentValues value) {
        boolean yes = value != CanFulfillIntentValues.NO;
        return CanFulfillSlot.builder()
                .withCanUnderstand(
                        value == CanFulfillIntentValues.YES
                                ? CanUnderstandSlotValues.YES
                                : value == CanFulfillIntentValues.MAYBE
                                        ? CanUnderstandSlotValues.MAYBE
                                        : CanUnderstandSlotValues.NO)
                .withCanFulfill(yes ? CanFulfillSlotValues.YES : CanFulfillSlotValues.NO)
                .build();
    }

    private static CanFulfillIntent no() {
        return CanFulfillIntent.builder()
                .withCanFulfill(CanFulfillIntentValues.NO)
                .build();
    }
}
