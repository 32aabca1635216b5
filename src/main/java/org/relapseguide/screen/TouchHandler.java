package org.relapseguide.screen;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.dispatcher.request.handler.impl.UserEventHandler;
import com.amazon.ask.model.DialogState;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import java.util.List;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Voices;

/**
 * A touch that stands for something a caregiver could say is answered exactly as the words would be: it becomes
 * that intent, resolved to the topic on screen, and goes to the first of the skill's intent handlers that takes it,
 * in the skill's own order. A touch the skill cannot read (forged, stale, or from another skill's screen) is
 * answered as anything else it did not understand is, by the fallback.
 */
public final class TouchHandler implements UserEventHandler {
    private final Voices voices;
    private final List<IntentRequestHandler> spoken;

    /**
     * @param handlers the skill's handlers, in the order the skill applies them; its intent handlers answer touches
     */
    public TouchHandler(Voices voices, List<? extends RequestHandler> handlers) {
        this.voices = voices;
        this.spoken = handlers.stream()
                .filter(IntentRequestHandler.class::isInstance)
                .map(IntentRequestHandler.class::cast)
                .toList();
    }

    @Override
    public boolean canHandle(HandlerInput input, UserEvent event) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, UserEvent event) {
        Optional<Touch> touch = Touch.read(event, voices.forRequest(input).content());
        touch.ifPresent(t -> t.prepare(input.getAttributesManager()));
        IntentRequest request = IntentRequest.builder()
                .withRequestId(event.getRequestId())
                .withTimestamp(event.getTimestamp())
                .withLocale(event.getLocale())
                .withDialogState(DialogState.COMPLETED)
                .withIntent(touch.flatMap(Touch::spoken).orElseGet(TouchHandler::fallback))
                .build();
        for (IntentRequestHandler handler : spoken) {
            if (handler.canHandle(input, request)) {
                Optional<Response> response = handler.handle(input, request);
                if (touch.isEmpty()) {
                    RequestLog.outcome(input, "unknown_touch");
                }
                return response;
            }
        }
        throw new IllegalStateException(
                "No handler takes " + request.getIntent().getName());
    }

    /** What Alexa sends when it did not understand: the skill's answer to a touch it cannot read. */
    private static Intent fallback() {
        return Intent.builder()
                .withName(IntentName.FALLBACK.modelName())
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .build();
    }
}
