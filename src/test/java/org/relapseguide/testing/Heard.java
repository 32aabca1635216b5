package org.relapseguide.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.relapseguide.voice.Ssml;

/** What a caregiver would hear and see from one response envelope. */
public record Heard(JsonNode envelope) {

    public JsonNode response() {
        return envelope.path("response");
    }

    public String ssml() {
        return response().path("outputSpeech").path("ssml").asText("");
    }

    /** The speech as words, without markup. */
    public String speech() {
        return Ssml.toPlainText(ssml());
    }

    public String reprompt() {
        return Ssml.toPlainText(
                response().path("reprompt").path("outputSpeech").path("ssml").asText(""));
    }

    public boolean hasReprompt() {
        return !reprompt().isBlank();
    }

    public boolean endsSession() {
        return response().path("shouldEndSession").asBoolean(false);
    }

    public boolean keepsSessionOpen() {
        return response().has("shouldEndSession")
                && !response().path("shouldEndSession").asBoolean();
    }

    public JsonNode card() {
        return response().path("card");
    }

    public String cardTitle() {
        return card().path("title").asText("");
    }

    public String cardText() {
        return card().path("content").asText("");
    }

    public JsonNode sessionAttributes() {
        return envelope.path("sessionAttributes");
    }

    /** The APL document the response shows on a screen, if it shows one. */
    public JsonNode screen() {
        for (JsonNode directive : response().path("directives")) {
            if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                return directive;
            }
        }
        return MissingNode.getInstance();
    }

    public boolean showsScreen() {
        return !screen().isMissingNode();
    }

    /** Which of the skill's screens is shown: the directive's token, the name of its document. */
    public String screenName() {
        return screen().path("token").asText("");
    }

    /** The words the screen shows: its document's datasource. */
    public JsonNode screenData() {
        return screen().path("datasources").path("rg");
    }

    /** The first sentence spoken. */
    public String firstSentence() {
        String words = speech();
        int end = words.indexOf(". ");
        return end < 0 ? words : words.substring(0, end + 1);
    }
}
