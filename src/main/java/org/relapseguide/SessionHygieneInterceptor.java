package org.relapseguide;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import org.relapseguide.voice.SessionState;

/**
 * Keeps only the skill's own, typed, bounded session state. Alexa echoes session attributes back with every
 * response, so foreign or oversized attributes in a request would otherwise travel on in every reply and could
 * push a response over Alexa's 24 KB limit.
 */
final class SessionHygieneInterceptor implements RequestInterceptor {

    @Override
    public void process(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return;
        }
        SessionState.from(input.getAttributesManager()).saveTo(input.getAttributesManager());
    }
}
