package org.relapseguide.errors;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;
import org.relapseguide.voice.Ssml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: any failure inside the skill gets a kind one-sentence apology and the session stays
 * open. The log line carries the request id (in its context) and the error's type, never user data.
 */
public final class UnexpectedErrorHandler implements ExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final String apology;
    private final String reprompt;

    /**
     * @param speech the phrases to apologise with, loaded once at start-up, so the apology depends on nothing (not
     *     the content, not a table) that might be what failed
     */
    public UnexpectedErrorHandler(Speech speech) {
        this.apology = Ssml.escape(speech.get(Phrase.ERROR_APOLOGY));
        this.reprompt = Ssml.escape(speech.get(Phrase.WHAT_TO_ASK));
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("Request failed inside the skill", throwable);
        return input.getResponseBuilder()
                .withSpeech(apology)
                .withReprompt(reprompt)
                .withShouldEndSession(false)
                .build();
    }
}
