package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.List;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Questions;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** "Yes" or "no" to "did you mean ...?": yes answers it; no proposes the next closest topic, or asks again. */
public final class ClarifyHandler implements IntentRequestHandler {
    private final Voices voices;
    private final Questions questions;

    public ClarifyHandler(Voices voices, Questions questions) {
        this.voices = voices;
        this.questions = questions;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.YES, IntentName.NO)
                && SessionState.from(input.getAttributesManager()).offer() == Offer.CLARIFY;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        Optional<Topic> proposed = voice.content().topic(state.proposed());
        if (Intents.is(request, IntentName.YES) && proposed.isPresent()) {
            return questions.topic(input, voice, state.withProposal(null, null), proposed.get(), "answered_clarified");
        }
        Optional<Topic> next = voice.content().topic(state.alternative());
        if (Intents.is(request, IntentName.NO) && next.isPresent()) {
            RequestLog.topic(input, next.get().id());
            RequestLog.outcome(input, "clarify_next");
            return Responder.respond(
                    input,
                    voice,
                    state.withProposal(next.get().id(), null),
                    Reply.ask(
                                    List.of(Said.phrase(Phrase.CLARIFY_NEXT, next.get())),
                                    Said.phrase(Phrase.CLARIFY_REPROMPT))
                            .withOffer(Offer.CLARIFY));
        }
        RequestLog.outcome(input, "clarify_declined");
        return Responder.respond(
                input,
                voice,
                state.withProposal(null, null).withOffer(Offer.NONE),
                voice.listen(Said.phrase(Phrase.UNKNOWN_TOPIC), voice.suggestions(List.of())));
    }
}
