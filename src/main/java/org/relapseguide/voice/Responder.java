package org.relapseguide.voice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a {@link Reply} into the Alexa response, with what the request's {@link Screen} shows beside it, and remembers
 * what was said, for Repeat.
 */
public final class Responder {
    /**
     * Alexa refuses speech of 8,000 characters or more. Rendered from the skill's own parts, no reply comes close;
     * one that did would be a defect, answered with the apology rather than cut short. The reprompt is held to it too.
     */
    static final int MAX_SSML_CHARS = 7_500;
    /**
     * Alexa refuses a response over 24 KB. The speech, the reprompt and the card are all of it that can grow; the
     * session attributes are bounded by their owners to a few kilobytes, so this leaves room for them.
     */
    static final int MAX_TEXT_BYTES = 18 * 1024;

    private Responder() {}

    public static Optional<Response> respond(HandlerInput input, Voice voice, SessionState state, Reply reply) {
        String speech = bounded(voice.ssml(reply.speech()));
        String reprompt = bounded(voice.ssml(reply.reprompt()));
        int bytes = utf8(speech) + utf8(reprompt);
        if (reply.card() != null) {
            bytes += utf8(reply.card().title()) + utf8(reply.card().text());
        }
        if (bytes > MAX_TEXT_BYTES) {
            throw new IllegalStateException("A reply rendered to " + bytes + " bytes of speech and card");
        }
        ResponseBuilder builder = input.getResponseBuilder().withSpeech(speech);
        switch (reply.session()) {
            case LISTEN -> builder.withShouldEndSession(false).withReprompt(reprompt);
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

    private static String bounded(String ssml) {
        if (ssml.length() > MAX_SSML_CHARS) {
            throw new IllegalStateException("A reply rendered to " + ssml.length() + " characters of speech");
        }
        return ssml;
    }

    private static int utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
