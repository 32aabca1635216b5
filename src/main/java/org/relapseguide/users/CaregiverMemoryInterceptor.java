package org.relapseguide.users;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import java.util.Optional;

/** Writes what the handlers noted about the caregiver, once per response, after it is built. */
public final class CaregiverMemoryInterceptor implements ResponseInterceptor {
    private final Caregivers caregivers;

    public CaregiverMemoryInterceptor(Caregivers caregivers) {
        this.caregivers = caregivers;
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        caregivers.save(input);
    }
}
