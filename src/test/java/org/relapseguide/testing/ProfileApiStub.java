package org.relapseguide.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.function.Function;

/**
 * The Alexa Customer Profile API as an HTTP stub on loopback (WireMock): a request envelope pointed at it makes the
 * skill's real ASK service client call it, with the envelope's access token as the bearer token.
 */
public final class ProfileApiStub implements AutoCloseable {
    public static final String MOBILE_NUMBER_PATH = "/v2/accounts/~current/settings/Profile.mobileNumber";

    private final WireMockServer server;
    private final NumberPerToken numberPerToken = new NumberPerToken();

    /** Answers each lookup with the number its bearer token is given, so many callers can each have their own. */
    private static final class NumberPerToken implements ResponseDefinitionTransformerV2 {
        static final String NAME = "number-per-token";
        private volatile Function<String, String> numbers = token -> null;

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String authorization = event.getRequest().getHeader("Authorization");
            String number = authorization == null || !authorization.startsWith("Bearer ")
                    ? null
                    : numbers.apply(authorization.substring("Bearer ".length()));
            return number == null
                    ? ResponseDefinitionBuilder.responseDefinition()
                            .withStatus(204)
                            .build()
                    : ResponseDefinitionBuilder.responseDefinition()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"countryCode\":\"+1\",\"phoneNumber\":\"" + number + "\"}")
                            .build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    public ProfileApiStub() {
        server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(40)
                .extensions(numberPerToken));
        server.start();
    }

    /** The base URL an envelope's {@code apiEndpoint} points at to reach this stub. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Points an envelope's {@code context.System.apiEndpoint} here. */
    public ObjectNode pointAt(ObjectNode envelope) {
        ((ObjectNode) envelope.path("context").path("System")).put("apiEndpoint", server.baseUrl());
        return envelope;
    }

    /** 200 with the number in the API's two parts. */
    public ProfileApiStub givesNumber(String countryCode, String phoneNumber) {
        return answers(200, "{\"countryCode\":\"" + countryCode + "\",\"phoneNumber\":\"" + phoneNumber + "\"}", 0);
    }

    /**
     * 200 with the US number {@code nationalNumberOf} gives the request's bearer token (ten digits), or 204 (no
     * number) when it gives null: each simulated caregiver gets their own number.
     */
    public ProfileApiStub givesEachTokenItsOwnNumber(Function<String, String> nationalNumberOf) {
        numberPerToken.numbers = nationalNumberOf;
        server.stubFor(
                get(urlPathEqualTo(MOBILE_NUMBER_PATH)).willReturn(aResponse().withTransformers(NumberPerToken.NAME)));
        return this;
    }

    /** Any status with the API's error body (or none for 204). */
    public ProfileApiStub answers(int status) {
        String body = status == 204 ? null : "{\"code\":\"ERROR\",\"message\":\"stubbed " + status + "\"}";
        return answers(status, body, 0);
    }

    /** A number, but only after {@code delayMillis}: a hung API. */
    public ProfileApiStub hangsFor(int delayMillis) {
        return givesNumberAfter(delayMillis);
    }

    /** A number, after {@code delayMillis}: inside the skill's 1 s call timeout a slow API, past it a hung one. */
    public ProfileApiStub givesNumberAfter(int delayMillis) {
        return answers(200, "{\"countryCode\":\"+1\",\"phoneNumber\":\"5555550147\"}", delayMillis);
    }

    /** A number whose body trickles in over {@code millis}, each piece well inside a read timeout. */
    public ProfileApiStub tricklesFor(int millis) {
        server.stubFor(get(urlPathEqualTo(MOBILE_NUMBER_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"countryCode\":\"+1\",\"phoneNumber\":\"5555550147\"}                              ")
                        .withChunkedDribbleDelay(40, millis)));
        return this;
    }

    /** A 200 whose body is not the documented JSON. */
    public ProfileApiStub answersGarbage() {
        return answers(200, "<html>Service Unavailable</html>", 0);
    }

    /** A status with no body at all. */
    public ProfileApiStub answersWithoutBody(int status) {
        return answers(status, null, 0);
    }

    private ProfileApiStub answers(int status, String body, int delayMillis) {
        var response = aResponse().withStatus(status).withFixedDelay(delayMillis);
        if (body != null) {
            response.withHeader("Content-Type", "application/json").withBody(body);
        }
        server.stubFor(get(urlPathEqualTo(MOBILE_NUMBER_PATH)).willReturn(response));
        return this;
    }

    /** Forgets the lookups recorded so far, so a long run does not keep them all. */
    public void forgetRequests() {
        server.resetRequests();
    }

    /** Every lookup the skill made. */
    public List<LoggedRequest> lookups() {
        return server.findAll(getRequestedFor(urlPathEqualTo(MOBILE_NUMBER_PATH)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
