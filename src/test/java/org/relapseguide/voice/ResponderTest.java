package org.relapseguide.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Pronunciation;
import org.relapseguide.content.Topic;
import org.relapseguide.testing.Events;

/**
 * The one place a reply becomes a response holds it to Alexa's limits as rendered, after escaping and pronunciations:
 * a reply past them is a defect, answered with the apology by the exception handler, never sent to be refused.
 */
class ResponderTest {
    /** 2,000 characters as written; each "MRD" gets its pronunciation, so more than three times that as SSML. */
    private static final String LONG = "MRD & ".repeat(333);

    private final ContentSet content = new ContentSet(
            "en-US",
            "test",
            List.of(
                    topic("short", "MRD is low."),
                    topic("long", LONG),
                    topic("medium", "Words and more words. ".repeat(150).trim())),
            List.of(),
            List.of(new Pronunciation("MRD", "M R D")),
            List.of());
    private final Voice voice =
            new Voice(content, Speech.load("en-US"), new Ssml(content.pronunciations()), true, null);

    private static Topic topic(String id, String answer) {
        return new Topic(id, id, Category.BASICS, answer, List.of(), answer, List.of(), List.of(), LocalDate.EPOCH);
    }

    private static HandlerInput input() {
        RequestEnvelope envelope =
                new JacksonSerializer().deserialize(Events.load("repeat").toString(), RequestEnvelope.class);
        return HandlerInput.builder().withRequestEnvelope(envelope).build();
    }

    private Said answer(String id) {
        return Said.answer(content.topic(id).orElseThrow());
    }

    @Test
    void a_reply_inside_the_limits_is_sent() {
        assertThat(Responder.respond(input(), voice, SessionState.EMPTY, voice.listen(answer("short"))))
                .isPresent();
    }

    @Test
    void speech_longer_than_alexa_takes_once_rendered_is_refused() {
        assertThat(LONG.length()).isLessThan(Responder.MAX_SSML_CHARS);

        assertThatThrownBy(() -> Responder.respond(input(), voice, SessionState.EMPTY, voice.listen(answer("long"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("characters of speech");
    }

    @Test
    void a_reprompt_longer_than_alexa_takes_once_rendered_is_refused() {
        Reply reply = Reply.ask(List.of(answer("short")), answer("long"));

        assertThatThrownBy(() -> Responder.respond(input(), voice, SessionState.EMPTY, reply))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("characters of speech");
    }

    @Test
    void speech_reprompt_and_card_that_would_not_fit_in_one_response_are_refused() {
        List<Said> speech = List.of(answer("medium"), answer("medium"));
        Reply reply = Reply.ask(speech, answer("medium")).withCard(new Card("Details", "x".repeat(9_000)));

        assertThat(voice.ssml(speech).length()).isLessThan(Responder.MAX_SSML_CHARS);
        assertThatThrownBy(() -> Responder.respond(input(), voice, SessionState.EMPTY, reply))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bytes");
    }
}
