package org.relapseguide.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.relapseguide.alexa.Envelopes;
import org.relapseguide.alexa.Envelopes.Slot;

/**
 * A conversation with the skill the way Alexa holds one: it builds each request envelope, sends it through the
 * Lambda entry point, carries the session attributes from one turn to the next, and starts a new session after
 * one ends.
 */
public final class Conversation {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String USER_ID = "amzn1.ask.account.LOCAL-CAREGIVER";

    private final RequestStreamHandler handler;
    private final String locale;
    private final boolean screen;
    private final AtomicInteger requests = new AtomicInteger();
    private String sessionId;
    private JsonNode attributes = MAPPER.createObjectNode();
    private boolean open;
    private boolean newSession;

    public Conversation(RequestStreamHandler handler, String locale) {
        this(handler, locale, false);
    }

    /**
     * @param screen whether the conversation happens on a device with a screen (an Echo Show), which sends the APL
     *     interface with every request and can be touched
     */
    public Conversation(RequestStreamHandler handler, String locale, boolean screen) {
        this.handler = handler;
        this.locale = locale;
        this.screen = screen;
    }

    /** "Alexa, open Relapse Guide." */
    public JsonNode launch() throws IOException {
        startSession();
        return send(next().launch());
    }

    /** One thing said inside the conversation (or, when none is open, a one-shot "ask Relapse Guide ..."). */
    public JsonNode say(UtteranceMatcher.Match match) throws IOException {
        if (!open) {
            startSession();
        }
        List<Slot> slots = new ArrayList<>();
        for (UtteranceMatcher.SlotMatch slot : match.slots().values()) {
            slots.add(slot(slot));
        }
        return send(next().intent(match.intent(), slots.toArray(Slot[]::new)));
    }

    /**
     * A touch on the screen: what the touched item's {@code SendEvent} sends, with the token of the document that
     * showed it. After the session has ended the screen can still be touched, which starts a new one.
     */
    public JsonNode touch(String token, List<String> arguments) throws IOException {
        if (!open) {
            startSession();
        }
        return send(next().userEvent(token, arguments));
    }

    /**
     * Alexa comes back from a skill connection (the voice consent dialog) with its outcome.
     *
     * @param token the token the skill's {@code Connections.StartConnection} directive carried
     * @param result ACCEPTED, DENIED or NOT_ANSWERED
     */
    public JsonNode resume(String token, String result) throws IOException {
        return send(next().sessionResumed(token, result));
    }

    /** The caregiver walked away: Alexa tells the skill the session ended. */
    public JsonNode end() throws IOException {
        JsonNode response = send(next().sessionEnded("USER_INITIATED"));
        open = false;
        return response;
    }

    public boolean isOpen() {
        return open;
    }

    /** The topic the skill says the conversation is about (its session attribute), if a session is open. */
    public Optional<String> topic() {
        String topic = attributes.path("topic").asText("");
        return open && !topic.isEmpty() ? Optional.of(topic) : Optional.empty();
    }

    private void startSession() {
        sessionId = "amzn1.echo-api.session.local-" + UUID.randomUUID();
        attributes = MAPPER.createObjectNode();
        open = true;
        newSession = true;
    }

    /** The next request's envelope: this caregiver, this session, the attributes the skill returned last. */
    private Envelopes.Builder next() {
        Envelopes.Builder envelope = Envelopes.forSkill(LocalSkill.SKILL_ID)
                .user(USER_ID)
                .device("amzn1.ask.device.LOCAL")
                .api("https://api.amazonalexa.com", "local-access-token")
                .locale(locale)
                .session(sessionId, newSession, attributes)
                .request("amzn1.echo-api.request.local-" + requests.incrementAndGet(), Instant.now());
        if (screen) {
            envelope.supportedInterfaces(Envelopes.screenInterfaces());
        }
        newSession = false;
        return envelope;
    }

    private JsonNode send(ObjectNode envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Envelopes.bytes(envelope)), out, null);
        JsonNode response = MAPPER.readTree(out.toByteArray());
        attributes = response.path("sessionAttributes").isObject()
                ? response.path("sessionAttributes")
                : MAPPER.createObjectNode();
        open = !response.path("response").path("shouldEndSession").asBoolean(false);
        return response;
    }

    private static Slot slot(UtteranceMatcher.SlotMatch match) {
        if (!match.resolvable()) {
            return Slot.plain(match.name(), match.value());
        }
        return match.resolved()
                ? Slot.matched(match.name(), match.value(), match.type(), match.resolvedId(), match.resolvedName())
                : Slot.unmatched(match.name(), match.value(), match.type());
    }
}
