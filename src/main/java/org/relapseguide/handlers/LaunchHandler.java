package org.relapseguide.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.LaunchRequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.RequestLog;
import org.relapseguide.users.CaregiverMemory;
import org.relapseguide.users.Caregivers;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Responder;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;
import org.relapseguide.voice.Voices;

/**
 * Opens the skill. A first visit gets a warm welcome, that this is general information and not medical advice,
 * and two examples; a returning caregiver gets a shorter welcome and the offer to pick up their last topic.
 */
public final class LaunchHandler implements LaunchRequestHandler {
    private final Voices voices;
    private final Caregivers caregivers;

    public LaunchHandler(Voices voices, Caregivers caregivers) {
        this.voices = voices;
        this.caregivers = caregivers;
    }

    @Override
    public boolean canHandle(HandlerInput input, LaunchRequest request) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, LaunchRequest request) {
        Voice voice = voices.forRequest(input);
        CaregiverMemory memory = caregivers.recall(input);
        caregivers.remember(input, memory.withDisclaimerHeard());
        Optional<Topic> last = voice.content().topic(memory.lastTopicId());
        List<Said> speech = new ArrayList<>();
        speech.add(Said.phrase(memory.disclaimerHeard() ? Phrase.WELCOME_BACK : Phrase.WELCOME));
        if (!memory.disclaimerHeard()) {
            speech.add(Said.phrase(Phrase.DISCLAIMER));
        }
        if (last.isPresent()) {
            RequestLog.outcome(input, "welcomed_back_offered_resume");
            Said offer = Said.phrase(Phrase.RESUME_OFFER, last.get());
            speech.add(offer);
            return Responder.respond(
                    input,
                    voice,
                    SessionState.EMPTY.withTopic(last.get().id()).withOffer(Offer.RESUME),
                    Reply.ask(speech, offer));
        }
        RequestLog.outcome(input, memory.disclaimerHeard() ? "welcomed_back" : "welcomed");
        speech.add(Said.phrase(memory.disclaimerHeard() ? Phrase.WHAT_TO_ASK : Phrase.EXAMPLES));
        return Responder.respond(input, voice, SessionState.EMPTY, voice.listen(speech.toArray(Said[]::new)));
    }
}
