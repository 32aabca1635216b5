package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.SessionEndedRequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import java.util.Locale;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;

/** The conversation ended (the caregiver left, went quiet, or Alexa hit an error); Alexa takes no speech here. */
public final class SessionEndedHandler implements SessionEndedRequestHandler {

    @Override
    public boolean canHandle(HandlerInput input, SessionEndedRequest request) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, SessionEndedRequest request) {
        RequestLog.outcome(
                input,
                "ended_"
                        + (request.getReason() == null
                                ? "unknown"
                                : request.getReason().toString().toLowerCase(Locale.ROOT)));
        return input.getResponseBuilder().build();
    }
}
