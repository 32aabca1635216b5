package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.relapseguide.logging.RequestLog;

/**
 * Any request type the skill does not use (skill events, display events, unknown future types): acknowledged
 * with an empty response, since most of them take no speech.
 */
public final class OtherRequestHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        RequestLog.outcome(input, "ignored");
        return input.getResponseBuilder().build();
    }
}
