package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relapseguide.content.Category;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.voice.EmergencyDetector;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.TopicReplies;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/**
 * An emergency sign anywhere in what was said: "call your care team or emergency services now" comes first,
 * before anything else, and the conversation ends so the caregiver can act.
 */
public final class EmergencyHandler implements IntentRequestHandler {
    private final Voices voices;
    private final EmergencyDetector detector;

    public EmergencyHandler(Voices voices, EmergencyDetector detector) {
        this.voices = voices;
        this.detector = detector;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return detector.mentionsEmergency(
                request.getIntent(), voices.forRequest(input).content());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        Voice voice = voices.forRequest(input);
        RequestLog.outcome(input, "emergency");
        String lead = voice.say(Phrase.EMERGENCY_LEAD);
        Optional<Topic> safety = voice.content().topics().stream()
                .filter(t -> t.category() == Category.SAFETY && t.answer().startsWith(lead))
                .findFirst();
        List<String> said = new ArrayList<>();
        said.add(safety.map(Topic::answer).orElse(lead));
        said.add(voice.say(Phrase.EMERGENCY_FOLLOW_UP));
        Reply reply = Reply.tell(said);
        if (safety.isPresent()) {
            RequestLog.topic(input, safety.get().id());
            reply = reply.withCard(TopicReplies.card(voice, safety.get()));
        }
        return Responder.respond(input, voice, SessionState.EMPTY, reply);
    }
}
