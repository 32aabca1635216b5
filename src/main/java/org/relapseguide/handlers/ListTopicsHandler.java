package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.Card;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/** "What can you tell me about?": the kinds of question, spoken briefly, and every topic on a card. */
public final class ListTopicsHandler implements IntentRequestHandler {
    private final Voices voices;

    public ListTopicsHandler(Voices voices) {
        this.voices = voices;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return Intents.is(request, IntentName.LIST_TOPICS);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        SessionState state = SessionState.from(input.getAttributesManager());
        RequestLog.outcome(input, "listed_topics");
        return Responder.respond(input, voice, state.withOffer(Offer.NONE), reply(voice));
    }

    /** The list said, with a card of every topic's title by category. */
    public static Reply reply(Voice voice) {
        String list = voice.content().topics().stream()
                .collect(Collectors.groupingBy(
                        Topic::category, TreeMap::new, Collectors.mapping(Topic::title, Collectors.joining(", "))))
                .entrySet()
                .stream()
                .map(e -> e.getKey().fileName().replace('_', ' ') + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        return voice.thenAskWhatToKnow(Said.phrase(Phrase.LIST_TOPICS))
                .withCard(new Card(voice.text(Phrase.LIST_TOPICS_CARD_TITLE), list));
    }
}
