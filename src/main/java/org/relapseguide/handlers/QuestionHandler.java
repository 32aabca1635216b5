package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Questions;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.SlotName;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/**
 * A question in the caregiver's own words ("why did it come back", "my son is on the pump, is that normal"), and an
 * emergency sign Alexa heard but did not resolve: understood from the whole sentence, in this conversation, and
 * answered, clarified or honestly declined.
 */
public final class QuestionHandler implements IntentRequestHandler {
    private final Voices voices;
    private final Questions questions;

    public QuestionHandler(Voices voices, Questions questions) {
        this.voices = voices;
        this.questions = questions;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return request.getIntent() != null
                && IntentName.of(request.getIntent().getName())
                        .filter(name -> IntentName.FREE_QUESTIONS.contains(name) || name == IntentName.EMERGENCY)
                        .isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        Optional<String> said = words(request, SlotName.QUERY).or(() -> words(request, SlotName.SIGN));
        if (said.isEmpty()) {
            RequestLog.outcome(input, "no_question");
            return Responder.respond(input, voice, state.withOffer(Offer.NONE), TopicReplies.whichTopic(voice));
        }
        return questions.answer(input, voice, state, request.getIntent().getName(), said.get());
    }

    private static Optional<String> words(IntentRequest request, SlotName name) {
        return Optional.ofNullable(request.getIntent().getSlots())
                .map(slots -> slots.get(name.modelName()))
                .map(Slot::getValue)
                .filter(value -> !value.isBlank());
    }
}
