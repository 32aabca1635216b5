package org.relapseguide.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relapseguide.aws.SnsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Amazon SNS as an HTTP stub on loopback (WireMock) speaking SNS's query protocol: form-encoded {@code POST /} in,
 * XML out. By default no number is opted out and every publish gets a message id.
 */
public final class SnsStub implements AutoCloseable {
    public static final String MESSAGE_ID = "8b7f3a52-0d3c-5c1f-9f0e-3e4c0f6b1d2a";
    private static final String XMLNS = "https://sns.amazonaws.com/doc/2010-03-31/";

    private final WireMockServer server;

    public SnsStub() {
        server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(40));
        server.start();
        optedOut(false);
        publishSucceeds();
    }

    /** The production-configured client (timeouts, no retries), pointed here with dummy credentials. */
    public SnsClient client() {
        return SnsClients.skillClient()
                .endpointOverride(URI.create(server.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    public URI endpoint() {
        return URI.create(server.baseUrl());
    }

    public SnsStub optedOut(boolean optedOut) {
        return optOutCheckTakes(optedOut, 0);
    }

    /** The opt-out check answers "not opted out", but only after {@code delayMillis}: a slow SNS. */
    public SnsStub optOutCheckTakes(int delayMillis) {
        return optOutCheckTakes(false, delayMillis);
    }

    private SnsStub optOutCheckTakes(boolean optedOut, int delayMillis) {
        server.stubFor(post(urlEqualTo("/"))
                .withRequestBody(containing("Action=CheckIfPhoneNumberIsOptedOut"))
                .willReturn(xml(
                                200,
                                "<CheckIfPhoneNumberIsOptedOutResponse xmlns=\"" + XMLNS + "\">"
                                        + "<CheckIfPhoneNumberIsOptedOutResult><isOptedOut>" + optedOut
                                        + "</isOptedOut>"
                                        + "</CheckIfPhoneNumberIsOptedOutResult><ResponseMetadata><RequestId>r-2</RequestId>"
                                        + "</ResponseMetadata></CheckIfPhoneNumberIsOptedOutResponse>")
                        .withFixedDelay(delayMillis)));
        return this;
    }

    /** Publish answers with a message id. */
    public SnsStub publishSucceeds() {
        return publishTakes(0);
    }

    /** Publish answers with a message id, but only after {@code delayMillis}: a slow or, past 1 s, a hung SNS. */
    public SnsStub publishTakes(int delayMillis) {
        server.stubFor(post(urlEqualTo("/"))
                .withRequestBody(containing("Action=Publish"))
                .willReturn(xml(
                                200,
                                "<PublishResponse xmlns=\"" + XMLNS + "\"><PublishResult><MessageId>" + MESSAGE_ID
                                        + "</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId>"
                                        + "</ResponseMetadata></PublishResponse>")
                        .withFixedDelay(delayMillis)));
        return this;
    }

    /** Publish answers with an SNS error, e.g. 400 Throttling or 500 InternalError. */
    public SnsStub publishFails(int status, String code) {
        server.stubFor(post(urlEqualTo("/"))
                .withRequestBody(containing("Action=Publish"))
                .willReturn(xml(
                        status,
                        "<ErrorResponse xmlns=\"" + XMLNS + "\"><Error><Type>Sender</Type><Code>" + code
                                + "</Code><Message>Rate exceeded</Message></Error><RequestId>r-3</RequestId>"
                                + "</ErrorResponse>")));
        return this;
    }

    /** Every call answers only after {@code delayMillis}: a hung SNS. */
    public SnsStub hangsFor(int delayMillis) {
        server.stubFor(
                post(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)));
        return this;
    }

    /** Forgets the calls recorded so far, so a long run does not keep them all. */
    public void forgetRequests() {
        server.resetRequests();
    }

    /** The parameters of every Publish that reached SNS, decoded. */
    public List<Map<String, String>> publishes() {
        return calls("Publish");
    }

    /** The parameters of every call of one action that reached SNS, decoded. */
    public List<Map<String, String>> calls(String action) {
        return server.findAll(postRequestedFor(urlEqualTo("/"))).stream()
                .map(request -> form(request.getBodyAsString()))
                .filter(form -> action.equals(form.get("Action")))
                .toList();
    }

    /** A publish's message attributes by name, whatever entry numbers the SDK gave them. */
    public static Map<String, String> messageAttributes(Map<String, String> form) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            String prefix = "MessageAttributes.entry." + i;
            attributes.put(
                    form.get(prefix + ".Name"),
                    form.get(prefix + ".Value.DataType") + ":" + form.get(prefix + ".Value.StringValue"));
        }
        return attributes;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "text/xml")
                .withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
