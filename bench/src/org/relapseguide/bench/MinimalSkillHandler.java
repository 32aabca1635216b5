package org.relapseguide.bench;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.LaunchRequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;

/** The smallest ASK SDK skill on the same two ASK artifacts: it only answers a LaunchRequest. The baseline. */
public final class MinimalSkillHandler extends SkillStreamHandler {

    public MinimalSkillHandler() {
        super(new CustomSkillBuilder().addRequestHandlers(new Hello()).build());
    }

    /** Says hello on launch. */
    private static final class Hello implements LaunchRequestHandler {
        @Override
        public boolean canHandle(HandlerInput input, LaunchRequest request) {
            return true;
        }

        @Override
        public Optional<Response> handle(HandlerInput input, LaunchRequest request) {
            return input.getResponseBuilder()
                    .withSpeech("Hello.")
                    .withShouldEndSession(true)
                    .build();
        }
    }
}
