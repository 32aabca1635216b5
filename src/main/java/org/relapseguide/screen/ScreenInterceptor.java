package org.relapseguide.screen;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import org.relapseguide.voice.Screen;

/** Shows the replies to a request from a device with a screen on that screen; other requests get speech alone. */
public final class ScreenInterceptor implements RequestInterceptor {
    private final AplScreen screen;

    public ScreenInterceptor(AplScreen screen) {
        this.screen = screen;
    }

    @Override
    public void process(HandlerInput input) {
        if (screen.shownOn(input.getRequestEnvelope())) {
            Screen.attach(input, screen);
        }
    }
}
