package org.relapseguide.voice;

import java.util.ArrayList;
import java.util.List;
import org.relapseguide.content.Topic;

/** The replies every handler shares: a topic's answer and its card, and what to say when no topic was found. */
public final class TopicReplies {
    private TopicReplies() {}

    /** The short answer, then one offer: more and a text when there is more to hear, else just the text. */
    public static Reply answer(Voice voice, Topic topic) {
        return offering(voice, topic, Said.answer(topic), offerAfter(voice, topic, 0));
    }

    /** A follow-up, or, when there is none left, says so and offers the text. */
    public static Reply more(Voice voice, Topic topic, int index) {
        if (index >= topic.more().size()) {
            return offering(
                    voice,
                    topic,
                    Said.phrase(Phrase.NO_MORE, topic),
                    offerAfter(voice, topic, topic.more().size()));
        }
        return offering(voice, topic, Said.more(topic, index), offerAfter(voice, topic, index + 1));
    }

    /**
     * What a reply about a topic offers once {@code moreHeard} follow-ups have been heard: more while there is more, the text when
     * this deployment can send one, and otherwise nothing but the next question.
     */
    private static Offer offerAfter(Voice voice, Topic topic, int moreHeard) {
        boolean more = moreHeard < topic.more().size();
        if (voice.texting()) {
            return more ? Offer.MORE_OR_TEXT : Offer.TEXT;
        }
        return more ? Offer.MORE : Offer.NONE;
    }

    public static Reply whichTopic(Voice voice) {
        return voice.listen(Said.phrase(Phrase.WHICH_TOPIC), voice.suggestions(List.of()));
    }

    /** The card: the whole answer, its follow-ups, its source, who reviewed it (or that no one has yet), and the disclaimer. */
    public static Card card(Voice voice, Topic topic) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(topic.answer());
        paragraphs.addAll(topic.more());
        voice.content()
                .primarySource(topic)
                .ifPresent(source ->
                        paragraphs.add(voice.text(Phrase.CARD_SOURCE, "title", source.title(), "url", source.url())));
        paragraphs.add(reviewed(voice, topic));
        paragraphs.add(voice.text(Phrase.CARD_DISCLAIMER));
        return new Card(topic.title(), String.join("\n\n", paragraphs));
    }

    /** Who reviewed the topic's words and when, or, until a clinician has signed them, the day they were written. */
    public static String reviewed(Voice voice, Topic topic) {
        // Only a clinician's sign-off of these very words is called a review; anything else says what is true.
        return topic.signedReview()
                .map(review -> voice.text(
                        Phrase.CARD_REVIEWED,
                        "by",
                        review.by(),
                        "date",
                        review.date().toString()))
                .orElseGet(() -> voice.text(Phrase.CARD_NOT_REVIEWED, "date", String.valueOf(topic.written())));
    }

    private static Reply offering(Voice voice, Topic topic, Said said, Offer offer) {
        Phrase question = switch (offer) {
            case MORE_OR_TEXT -> Phrase.OFFER_MORE_OR_TEXT;
            case MORE -> Phrase.OFFER_MORE;
            case TEXT -> Phrase.OFFER_TEXT;
            default -> Phrase.WHAT_ELSE;
        };
        Phrase reprompt = switch (offer) {
            case MORE_OR_TEXT -> Phrase.OFFER_MORE_OR_TEXT_REPROMPT;
            case MORE -> Phrase.OFFER_MORE_REPROMPT;
            case TEXT -> Phrase.OFFER_TEXT_REPROMPT;
            default -> Phrase.WHAT_ELSE_REPROMPT;
        };
        return Reply.ask(List.of(said, Said.phrase(question)), Said.phrase(reprompt))
                .withCard(card(voice, topic))
                .withOffer(offer);
    }
}
