package org.relapseguide.voice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns a {@link Reply} into the Alexa response and remembers what was said, for Repeat. */
public final class Responder {
    private static final String PART_SEPARATOR = "\n";

    private Responder() {}

    public static Optional<Response> respond(HandlerInput input, Voice voice, SessionState state, Reply reply) {
        ResponseBuilder builder = input.getResponseBuilder().withSpeech(voice.render(reply.speech()));
        switch (reply.session()) {
            case LISTEN -> builder.withShouldEndSession(false).withReprompt(voice.render(reply.reprompt()));
            case END -> builder.withShouldEndSession(true);
            // Alexa's own dialog takes the next turn: shouldEndSession stays out of the response, and no reprompt.
            case HAND_OVER -> {}
        }
        reply.directives().forEach(builder::addDirective);
        if (reply.card() != null && !reply.card().permissions().isEmpty()) {
            builder.withAskForPermissionsConsentCard(reply.card().permissions());
        } else if (reply.card() != null) {
            builder.withSimpleCard(reply.card().title(), reply.card().text());
        }
        SessionState next = reply.offer() == null ? state : state.withOffer(reply.offer());
        next.withLastSaid(String.join(PART_SEPARATOR, reply.speech()), String.join(PART_SEPARATOR, reply.reprompt()))
                .saveTo(input.getAttributesManager());
        return builder.build();
    }

    /** What was last said, as the parts it was spoken in. */
    public static List<String> parts(String remembered) {
        return remembered == null ? List.of() : Arrays.asList(remembered.split(PART_SEPARATOR));
    }
}
