package org.relapseguide.voice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import java.util.Optional;

/**
 * What a device's screen shows beside a reply: the hook where a reply becomes a response. A request from a device
 * with a screen has one attached (by a request interceptor); any other request gets {@link #NONE}, so a device
 * without a screen gets exactly the spoken response.
 */
public interface Screen {
    /** Shows nothing: every request's screen until one is attached. */
    Screen NONE = (input, voice, state, reply) -> Optional.empty();

    /**
     * The directive that shows this reply, if this screen has something to show for it.
     *
     * @param state the session state the reply leaves, its offer included
     */
    Optional<Directive> show(HandlerInput input, Voice voice, SessionState state, Reply reply);

    /** Shows this request's replies on {@code screen}. */
    static void attach(HandlerInput input, Screen screen) {
        input.getAttributesManager().getRequestAttributes().put(Screen.class.getName(), screen);
    }

    /** The screen this request's replies are shown on: {@link #NONE} unless one was attached. */
    static Screen of(HandlerInput input) {
        return input.getAttributesManager().getRequestAttributes().get(Screen.class.getName()) instanceof Screen screen
                ? screen
                : NONE;
    }
}
