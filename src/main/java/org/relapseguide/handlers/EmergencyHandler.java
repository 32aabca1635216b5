package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import java.util.Map;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.EmergencyReplies;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.TopicResolver;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/**
 * An emergency sign happening now, said in any slot of any intent or named outright: "Call your care team or
 * emergency services now" comes first, and the session ends so the caregiver can act. A sign in a question about
 * signs in general, or the caregiver's own feelings, is not one: those are answered as questions.
 */
public final class EmergencyHandler implements IntentRequestHandler {
    private final Voices voices;

    public EmergencyHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        Intent intent = request.getIntent();
        if (intent == null) {
            return false;
        }
        if (Intents.is(request, IntentName.EMERGENCY)
                && TopicResolver.resolvedId(intent, SlotName.SIGN).isPresent()) {
            return true;
        }
        Map<String, Slot> slots = intent.getSlots();
        if (slots == null) {
            return false;
        }
        Voice voice = voices.forRequest(input);
        boolean followingUp = SessionState.from(input.getAttributesManager()).topicId() != null;
        return slots.values().stream()
                .filter(slot -> slot != null
                        && slot.getValue() != null
                        && !slot.getValue().isBlank()
                        && !isTopicName(request, slot, voice))
                .anyMatch(slot -> voice.understander()
                        .emergencyIn(intent.getName(), slot.getValue(), followingUp)
                        .isPresent());
    }

    /**
     * A topic asked for by exactly one of its names ("blinatumomab", "CRS") describes nothing happening: the content
     * rules hold that no topic's name reads as an emergency, so a cold start that answers one never builds the
     * understander. Any other words in the topic slot are read like every other slot.
     */
    private static boolean isTopicName(IntentRequest request, Slot slot, Voice voice) {
        return Intents.is(request, IntentName.TOPIC)
                && SlotName.TOPIC.modelName().equals(slot.getName())
                && voice.content().topicNamed(slot.getValue()).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        RequestLog.outcome(input, "emergency");
        EmergencyReplies.safetyTopic(voice).ifPresent(topic -> RequestLog.topic(input, topic.id()));
        return Responder.respond(input, voice, SessionState.EMPTY, EmergencyReplies.reply(voice));
    }
}
