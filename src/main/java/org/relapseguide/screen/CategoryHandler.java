package org.relapseguide.screen;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.UserEventHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import java.util.List;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** A category touched in the list of categories: its topics, as a list to touch, and "which one?". */
public final class CategoryHandler implements UserEventHandler {
    private final Voices voices;
    private final AplScreen screen;

    public CategoryHandler(Voices voices, AplScreen screen) {
        this.voices = voices;
        this.screen = screen;
    }

    /** Only from a screen that shows lists: elsewhere the touch cannot have been made, and the fallback answers it. */
    @Override
    public boolean canHandle(HandlerInput input, UserEvent event) {
        return screen.shownOn(input.getRequestEnvelope())
                && Touch.read(event, voices.forRequest(input).content()).orElse(null) instanceof Touch.OpenCategory;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, UserEvent event) {
        Voice voice = voices.forRequest(input);
        Touch.OpenCategory touch =
                (Touch.OpenCategory) Touch.read(event, voice.content()).orElseThrow();
        RequestLog.outcome(input, "listed_" + touch.category().fileName());
        Reply reply = new Reply(
                List.of(Said.phrase(Phrase.PICK_TOPIC)),
                List.of(Said.phrase(Phrase.WHAT_TO_ASK)),
                null,
                Reply.Session.LISTEN,
                List.of(screen.category(voice, touch.category())),
                Offer.NONE);
        return Responder.respond(input, voice, SessionState.from(input.getAttributesManager()), reply);
    }
}
