package org.relapseguide.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relapseguide.content.Category;
import org.relapseguide.content.Topic;

/** The emergency answer: "Call your care team or emergency services now" first, then the session ends. */
public final class EmergencyReplies {
    private EmergencyReplies() {}

    /** The safety topic that opens with the emergency sentence, if the content has one. */
    public static Optional<Topic> safetyTopic(Voice voice) {
        String lead = voice.text(Phrase.EMERGENCY_LEAD);
        return voice.content().topics().stream()
                .filter(t -> t.category() == Category.SAFETY && t.answer().startsWith(lead))
                .findFirst();
    }

    public static Reply reply(Voice voice) {
        Optional<Topic> safety = safetyTopic(voice);
        List<Said> said = new ArrayList<>();
        said.add(safety.map(Said::answer).orElse(Said.phrase(Phrase.EMERGENCY_LEAD)));
        said.add(Said.phrase(Phrase.EMERGENCY_FOLLOW_UP));
        Reply reply = Reply.tell(said);
        return safety.map(topic -> reply.withCard(TopicReplies.card(voice, topic)))
                .orElse(reply);
    }
}
