package org.relapseguide.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * The Alexa Customer Profile API as an HTTP stub on loopback (WireMock): a request envelope pointed at it makes the
 * skill's real ASK service client call it, with the envelope's access token as the bearer token.
 */
public final class ProfileApiStub implements AutoCloseable {
    public static final String MOBILE_NUMBER_PATH = "/v2/accounts/~current/settings/Profile.mobileNumber";

    private final WireMockServer server;

    public ProfileApiStub() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(40));
        server.start();
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
        server.stubFor(get(urlPathEqualTo(MOBILE_NUMBER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"countryCode\":\"+1\",\"phoneNumber\":\"5555550147\"}                              ")
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

    /** Every lookup the skill made. */
    public List<LoggedRequest> lookups() {
        return server.findAll(getRequestedFor(urlPathEqualTo(MOBILE_NUMBER_PATH)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
