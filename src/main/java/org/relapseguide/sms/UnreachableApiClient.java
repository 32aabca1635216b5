package org.relapseguide.sms;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import java.util.List;

/**
 * The Alexa API transport of a deployment that calls no Alexa API (texting off): every call answers 503, which the
 * SDK's service clients turn into the same failure an unreachable API would give.
 */
public final class UnreachableApiClient implements ApiClient {
    private static final int SERVICE_UNAVAILABLE = 503;

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        ApiClientResponse response = new ApiClientResponse();
        response.setStatusCode(SERVICE_UNAVAILABLE);
        response.setHeaders(List.of());
        return response;
    }
}
