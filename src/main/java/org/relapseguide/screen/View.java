package org.relapseguide.screen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The skill's screens, one APL document each ({@code src/main/resources/apl/<token>.json}), with the touches each
 * document can send. The document's name is the directive's token, which Alexa sends back with every touch.
 */
enum View {
    /** An answer, a follow-up, or what happened to a text: the words just spoken, with what could come next. */
    ANSWER(Set.of(Touch.Verb.MORE, Touch.Verb.TEXT, Touch.Verb.TOPICS)),
    /** Welcome, help and start over: the disclaimer and example questions that ask their topics. */
    WELCOME(Set.of(Touch.Verb.TOPIC, Touch.Verb.TOPICS)),
    /** The categories of topics. */
    TOPICS(Set.of(Touch.Verb.CATEGORY)),
    /** One category's topics. */
    CATEGORY(Set.of(Touch.Verb.TOPIC, Touch.Verb.TOPICS)),
    /** "Call your care team or emergency services now", full screen, with nothing to tap. */
    EMERGENCY(Set.of());

    private final Set<Touch.Verb> sends;

    View(Set<Touch.Verb> sends) {
        this.sends = sends;
    }

    String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this view's document has something to tap that sends this verb. */
    boolean sends(Touch.Verb verb) {
        return sends.contains(verb);
    }

    static Optional<View> ofToken(String token) {
        return Arrays.stream(values()).filter(v -> v.token().equals(token)).findFirst();
    }
}
