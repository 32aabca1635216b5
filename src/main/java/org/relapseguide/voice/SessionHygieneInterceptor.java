package org.relapseguide.voice;

import com.amazon.ask.attributes.AttributesManager;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import org.relapseguide.content.ContentSet;
import org.relapseguide.users.Caregivers;

/**
 * Keeps only the skill's own, typed, bounded session state: each package's own attributes, checked by their owner. Alexa echoes session attributes back with every
 * response, so foreign or oversized attributes in a request would otherwise travel on in every reply and could
 * push a response over Alexa's 24 KB limit.
 */
public final class SessionHygieneInterceptor implements RequestInterceptor {
    private final Voices voices;

    public SessionHygieneInterceptor(Voices voices) {
        this.voices = voices;
    }

    @Override
    public void process(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return;
        }
        AttributesManager attributes = input.getAttributesManager();
        attributes
                .getSessionAttributes()
                .keySet()
                .removeIf(key -> !SessionState.KEYS.contains(key) && !key.equals(Caregivers.SESSION_KEY));
        // Only references to this content survive: a topic it does not have is dropped, never stored or echoed.
        ContentSet content = voices.forRequest(input).content();
        SessionState.from(attributes).known(content).saveTo(attributes);
        Caregivers.keepOnlyValidSessionForm(attributes, id -> content.topic(id).isPresent());
    }
}
