package org.relapseguide.screen;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relapseguide.content.Category;
import org.relapseguide.content.Topic;
import org.relapseguide.voice.Once;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Reply;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.Screen;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.Voice;

/**
 * An Echo Show's screen: shows what a reply says, read from the same references to the skill's own words that the
 * speech and Repeat are rendered from, so the screen cannot say anything the skill did not just say.
 */
public final class AplScreen implements Screen {
    private static final Set<Phrase> WELCOMES =
            EnumSet.of(Phrase.WELCOME, Phrase.WELCOME_BACK, Phrase.HELP, Phrase.START_OVER);
    private static final Set<Phrase> EMERGENCY = EnumSet.of(Phrase.EMERGENCY_LEAD, Phrase.EMERGENCY_FOLLOW_UP);
    private static final Set<Phrase> TEXT_OUTCOMES = EnumSet.of(
            Phrase.TEXT_SENT,
            Phrase.TEXT_SEND_FAILED,
            Phrase.TEXT_NUMBER_UNAVAILABLE,
            Phrase.TEXT_NO_NUMBER,
            Phrase.TEXT_NEEDS_CONSENT,
            Phrase.TEXT_CONSENT_DECLINED,
            Phrase.TEXT_TEXTING_OFF,
            Phrase.TEXT_OPTED_OUT,
            Phrase.TEXT_RECENTLY_SENT,
            Phrase.TEXT_DAILY_LIMIT);

    private final Once<Documents> documents;

    private AplScreen(Once<Documents> documents) {
        this.documents = documents;
    }

    /**
     * The screen with the documents bundled in the jar, read on the first request from a device that has one (SnapStart
     * priming sends such requests, so a restored snapshot holds them parsed).
     */
    public static AplScreen bundled() {
        return new AplScreen(new Once<>(Documents::bundled));
    }

    /**
     * Whether this request comes from a device that renders the skill's documents: it has the APL interface, and,
     * where it says which APL versions it renders, the one the documents are written in.
     */
    public boolean shownOn(RequestEnvelope envelope) {
        Context context = envelope.getContext();
        if (context == null
                || context.getSystem() == null
                || context.getSystem().getDevice() == null
                || context.getSystem().getDevice().getSupportedInterfaces() == null) {
            return false;
        }
        SupportedInterfaces interfaces = context.getSystem().getDevice().getSupportedInterfaces();
        AlexaPresentationAplInterface apl = interfaces.getAlexaPresentationAPL();
        if (apl == null) {
            return false;
        }
        if (apl.getRuntime() == null || apl.getRuntime().getMaxVersion() == null) {
            return true;
        }
        return ApiVersion.parse(apl.getRuntime().getMaxVersion())
                .filter(max -> max.compareTo(documents.get().version()) >= 0)
                .isPresent();
    }

    @Override
    public Optional<Directive> show(HandlerInput input, Voice voice, SessionState state, Reply reply) {
        // Alexa's own dialog (the consent question) takes the turn, and the screen, until it comes back.
        if (reply.session() == Reply.Session.HAND_OVER) {
            return Optional.empty();
        }
        return shown(voice, state, reply.speech());
    }

    /** The list of a category's topics, which only a touch asks for. */
    Directive category(Voice voice, Category category) {
        return directive(View.CATEGORY, Datasources.category(voice, category));
    }

    private Optional<Directive> shown(Voice voice, SessionState state, List<Said> said) {
        if (said.stream().anyMatch(part -> part instanceof Said.Phrased p && EMERGENCY.contains(p.phrase()))) {
            return Optional.of(directive(View.EMERGENCY, Datasources.emergency(voice)));
        }
        for (Said part : said) {
            if (part instanceof Said.Answer answer) {
                Topic topic = topic(voice, answer.topicId());
                return Optional.of(directive(View.ANSWER, Datasources.answer(voice, topic, topic.answer(), 0)));
            }
            if (part instanceof Said.More more) {
                Topic topic = topic(voice, more.topicId());
                return Optional.of(
                        directive(View.ANSWER, Datasources.answer(voice, topic, voice.render(part), more.index() + 1)));
            }
            if (part instanceof Said.Phrased phrased) {
                Optional<Directive> shown = phrased(voice, state, phrased);
                if (shown.isPresent()) {
                    return shown;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Directive> phrased(Voice voice, SessionState state, Said.Phrased said) {
        Phrase phrase = said.phrase();
        if (phrase == Phrase.NO_MORE) {
            Topic topic = topic(voice, said.args().get(Said.TOPIC));
            return Optional.of(directive(View.ANSWER, Datasources.answer(voice, topic, voice.render(said), -1)));
        }
        if (TEXT_OUTCOMES.contains(phrase)) {
            String topicId = said.args().getOrDefault(Said.TOPIC, state.topicId());
            return Optional.of(directive(
                    View.ANSWER, Datasources.outcome(voice, voice.content().topic(topicId), voice.render(said))));
        }
        if (WELCOMES.contains(phrase)) {
            return Optional.of(directive(View.WELCOME, Datasources.welcome(voice, voice.render(said))));
        }
        if (phrase == Phrase.LIST_TOPICS) {
            return Optional.of(directive(View.TOPICS, Datasources.topics(voice)));
        }
        return Optional.empty();
    }

    private Directive directive(View view, Map<String, Object> data) {
        return RenderDocumentDirective.builder()
                .withToken(view.token())
                .withDocument(documents.get().of(view))
                .withDatasources(Map.of(Datasources.PARAMETER, data))
                .build();
    }

    private static Topic topic(Voice voice, String id) {
        return voice.content()
                .topic(id)
                .orElseThrow(
                        () -> new IllegalStateException("A reply names topic " + id + ", which the content lacks"));
    }
}
