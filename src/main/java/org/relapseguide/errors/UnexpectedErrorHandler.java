package org.relapseguide.errors;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Ssml;
import org.relapseguide.voice.Voices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: any failure inside the skill gets a kind one-sentence apology and the session stays
 * open. The log line carries the request id (in its context) and the error's type, never user data.
 */
public final class UnexpectedErrorHandler implements ExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
    private static final String LAST_RESORT = "Sorry, something went wrong on my side. Please try asking again.";
    private static final String LAST_RESORT_REPROMPT = "What would you like to know?";

    private final Voices voices;

    public UnexpectedErrorHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("Request failed inside the skill", throwable);
        String apology = LAST_RESORT;
        String reprompt = LAST_RESORT_REPROMPT;
        try {
            var voice = voices.forLocale(null);
            apology = voice.say(Phrase.ERROR_APOLOGY);
            reprompt = voice.say(Phrase.WHAT_TO_ASK);
        } catch (RuntimeException phrasesUnavailable) {
            LOG.error("Phrases unavailable while apologising", phrasesUnavailable);
        }
        return input.getResponseBuilder()
                .withSpeech(Ssml.escape(apology))
                .withReprompt(Ssml.escape(reprompt))
                .withShouldEndSession(false)
                .build();
    }
}
