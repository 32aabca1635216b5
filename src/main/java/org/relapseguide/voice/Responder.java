package org.relapseguide.voice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import java.util.Optional;

/**
 * Turns a {@link Reply} into the Alexa response, with what the request's {@link Screen} shows beside it, and remembers
 * what was said, for Repeat.
 */
public final class Responder {
    /**
     * Alexa refuses speech of 8,000 characters or more. Rendered from the skill's own parts, no reply comes close;
     * one that did would be a defect, answered with the apology rather than cut short.
     */
    static final int MAX_SSML_CHARS = 7_500;

    private Responder() {}

    public static Optional<Response> respond(HandlerInput input, Voice voice, SessionState state, Reply reply) {
        String speech = voice.ssml(reply.speech());
        if (speech.length() > MAX_SSML_CHARS) {
            throw new IllegalStateException("A reply rendered to " + speech.length() + " characters of speech");
        }
        ResponseBuilder builder = input.getResponseBuilder().withSpeech(speech);
        switch (reply.session()) {
            case LISTEN -> builder.withShouldEndSession(false).withReprompt(voice.ssml(reply.reprompt()));
            case END -> builder.withShouldEndSession(true);
            // Alexa's own dialog takes the next turn: shouldEndSession stays out of the response, and no reprompt.
            case HAND_OVER -> {}
        }
        reply.directives().forEach(builder::addDirective);
        SessionState next = reply.offer() == null ? state : state.withOffer(reply.offer());
        Screen.of(input).show(input, voice, next, reply).ifPresent(builder::addDirective);
        if (reply.card() != null && !reply.card().permissions().isEmpty()) {
            builder.withAskForPermissionsConsentCard(reply.card().permissions());
        } else if (reply.card() != null) {
            builder.withSimpleCard(reply.card().title(), reply.card().text());
        }
        next.withLastSaid(reply.speech(), reply.reprompt()).saveTo(input.getAttributesManager());
        return builder.build();
    }
}
