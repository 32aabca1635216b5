package org.relapseguide.snapstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.alexa.Envelopes.Slot;
import org.relapseguide.content.Category;
import org.relapseguide.content.Locales;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.Offer;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Said;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.SlotName;

/**
 * Synthetic request envelopes that walk every handler once, carrying the skill's own id so they pass its check.
 * They belong to a made-up caregiver and session; with the priming guards up they touch nothing outside.
 */
public final class PrimingRequests {
    /** A user id that no Alexa account has; it is hashed like any other, and nothing is written for it. */
    static final String PRIMING_USER = "amzn1.ask.account.SNAPSTART-PRIMING";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOPIC = "blinatumomab";
    private static final String QUESTION = "does leukemia come back after treatment";

    private final String skillId;
    private final String apiEndpoint;

    /**
     * @param apiEndpoint the Alexa API endpoint the envelopes name; the guards keep it from ever being called
     */
    public PrimingRequests(String skillId, String apiEndpoint) {
        this.skillId = skillId;
        this.apiEndpoint = apiEndpoint;
    }

    /** One envelope per handler, by name, in the order a conversation would take them. */
    public Map<String, byte[]> all() {
        Map<String, byte[]> requests = new LinkedHashMap<>();
        Slot topic = Slot.matched(SlotName.TOPIC.modelName(), TOPIC, SlotName.TOPIC.typeName(), TOPIC, TOPIC);
        Slot unknown = Slot.unmatched(SlotName.TOPIC.modelName(), "something else", SlotName.TOPIC.typeName());
        requests.put("launch", Envelopes.bytes(in(SessionState.EMPTY, true).launch()));
        requests.put("topic", intent(SessionState.EMPTY, IntentName.TOPIC, topic));
        requests.put("unknown topic", intent(SessionState.EMPTY, IntentName.TOPIC, unknown));
        requests.put("more", intent(answered(Offer.MORE_OR_TEXT), IntentName.MORE));
        requests.put("yes to more", intent(answered(Offer.MORE_OR_TEXT), IntentName.YES));
        requests.put("text me", intent(answered(Offer.TEXT), IntentName.TEXT_DETAILS));
        requests.put(
                "consent given",
                Envelopes.bytes(in(answered(Offer.NONE), false).sessionResumed("text-details:" + TOPIC, "ACCEPTED")));
        // A free question walks the understander: its index, its phrase lists, its name matcher.
        requests.put(
                "free question",
                intent(SessionState.EMPTY, IntentName.WHY_QUESTION, Slot.plain(SlotName.QUERY.modelName(), QUESTION)));
        requests.put(
                "emergency described",
                intent(
                        SessionState.EMPTY,
                        IntentName.QUESTION,
                        Slot.plain(SlotName.QUERY.modelName(), "my daughter is burning up on chemo")));
        requests.put(
                "follow-up question",
                intent(
                        answered(Offer.MORE_OR_TEXT),
                        IntentName.WHAT_QUESTION,
                        Slot.plain(SlotName.QUERY.modelName(), "are the side effects of it")));
        requests.put("list", intent(SessionState.EMPTY, IntentName.LIST_TOPICS));
        requests.put(
                "emergency",
                intent(SessionState.EMPTY, IntentName.EMERGENCY, Slot.plain(SlotName.SIGN.modelName(), "fever")));
        for (IntentName builtIn : new IntentName[] {
            IntentName.YES,
            IntentName.NO,
            IntentName.REPEAT,
            IntentName.HELP,
            IntentName.START_OVER,
            IntentName.FALLBACK,
            IntentName.STOP
        }) {
            requests.put(builtIn.modelName(), intent(answered(Offer.NONE), builtIn));
        }
        // On an Echo Show every reply also builds its screen, and touches come back as APL UserEvents.
        requests.put(
                "screen: launch",
                Envelopes.bytes(onAScreen(SessionState.EMPTY, true).launch()));
        requests.put(
                "screen: topic",
                Envelopes.bytes(onAScreen(SessionState.EMPTY, false).intent(IntentName.TOPIC.modelName(), topic)));
        requests.put(
                "screen: touch more",
                Envelopes.bytes(onAScreen(answered(Offer.MORE_OR_TEXT), false)
                        .userEvent("answer", List.of("more", TOPIC, "0"))));
        requests.put(
                "screen: touch a category",
                Envelopes.bytes(onAScreen(SessionState.EMPTY, false)
                        .userEvent("topics", List.of("category", Category.TREATMENT.fileName()))));
        requests.put(
                "screen: emergency",
                Envelopes.bytes(onAScreen(SessionState.EMPTY, false)
                        .intent(IntentName.EMERGENCY.modelName(), Slot.plain(SlotName.SIGN.modelName(), "fever"))));
        requests.put(
                "can fulfill",
                Envelopes.bytes(in(SessionState.EMPTY, true)
                        .canFulfill(IntentName.TOPIC.modelName(), Slot.plain(SlotName.TOPIC.modelName(), TOPIC))));
        requests.put(
                "can fulfill a question",
                Envelopes.bytes(in(SessionState.EMPTY, true)
                        .canFulfill(
                                IntentName.WHY_QUESTION.modelName(),
                                Slot.plain(SlotName.QUERY.modelName(), QUESTION))));
        requests.put(
                "other event", Envelopes.bytes(in(SessionState.EMPTY, false).other("AlexaSkillEvent.SkillEnabled")));
        requests.put(
                "session ended", Envelopes.bytes(in(SessionState.EMPTY, false).sessionEnded("USER_INITIATED")));
        return requests;
    }

    private static SessionState answered(Offer offer) {
        return SessionState.EMPTY
                .withTopic(TOPIC)
                .withOffer(offer)
                .withLastSaid(
                        List.of(new Said.Answer(TOPIC), Said.phrase(Phrase.OFFER_MORE_OR_TEXT)),
                        List.of(Said.phrase(Phrase.OFFER_MORE_OR_TEXT_REPROMPT)));
    }

    private byte[] intent(SessionState state, IntentName name, Slot... slots) {
        return Envelopes.bytes(in(state, false).intent(name.modelName(), slots));
    }

    private Envelopes.Builder onAScreen(SessionState state, boolean newSession) {
        return in(state, newSession).supportedInterfaces(Envelopes.screenInterfaces());
    }

    private Envelopes.Builder in(SessionState state, boolean newSession) {
        return Envelopes.forSkill(skillId)
                .user(PRIMING_USER)
                .device("amzn1.ask.device.SNAPSTART-PRIMING")
                .api(apiEndpoint, "snapstart-priming")
                .locale(Locales.DEFAULT)
                .session(
                        "amzn1.echo-api.session.snapstart-priming",
                        newSession,
                        MAPPER.valueToTree(state.toAttributes()))
                .request("amzn1.echo-api.request.snapstart-priming", Instant.EPOCH);
    }
}
