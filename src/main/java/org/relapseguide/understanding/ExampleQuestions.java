package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Topic;

/**
 * Holds the content to its own names and example questions. No name may read as an emergency. Each example question,
 * asked as a caregiver would ask it, must reach its topic (answered, or offered as "did you mean"), so a clinician who
 * edits a topic's words learns at once when a question now reaches another topic or none. A question the skill declines as advice is left alone: the caregiver hears that
 * the care team is the one to ask, which is what such a question needs.
 */
public final class ExampleQuestions {
    private ExampleQuestions() {}

    public static List<Finding> check(ContentSet content, Language language) {
        Understander understander = new Understander(content, language);
        List<Finding> findings = new ArrayList<>();
        for (Topic topic : content.topics()) {
            // A topic asked for by one of its names is answered without reading it for an emergency (the cold start
            // of a topic question builds no understander), which is safe only while no name reads as one.
            List<String> names = new ArrayList<>(List.of(topic.title()));
            names.addAll(topic.synonyms());
            for (String name : names) {
                understander
                        .emergencyIn(null, name)
                        .ifPresent(sign -> findings.add(new Finding(
                                "topic " + topic.id(),
                                name.equals(topic.title()) ? "title" : "synonyms",
                                "\"" + name + "\" is heard as an emergency (" + sign
                                        + "): a topic asked for by its name is not read for one, so words that"
                                        + " describe a sign belong in aliases")));
            }
            for (String question : topic.questions()) {
                Understanding understood = understander.understand(null, question, Optional.empty());
                problem(topic, understood)
                        .ifPresent(problem -> findings.add(
                                new Finding("topic " + topic.id(), "questions", "\"" + question + "\" " + problem)));
            }
        }
        return findings;
    }

    private static Optional<String> problem(Topic topic, Understanding understood) {
        if (understood instanceof Understanding.Answer answer) {
            return answer.topic().id().equals(topic.id())
                    ? Optional.empty()
                    : Optional.of("reaches topic " + answer.topic().id() + " instead");
        }
        if (understood instanceof Understanding.Clarify clarify) {
            boolean offered = clarify.proposed().id().equals(topic.id())
                    || (clarify.alternative() != null
                            && clarify.alternative().id().equals(topic.id()));
            return offered
                    ? Optional.empty()
                    : Optional.of("reaches topic " + clarify.proposed().id() + " instead (did you mean)");
        }
        if (understood instanceof Understanding.Emergency emergency) {
            return Optional.of("is heard as an emergency (" + emergency.signId() + ")");
        }
        Understanding.Decline decline = (Understanding.Decline) understood;
        return decline.reason() == Understanding.Reason.ADVICE
                ? Optional.empty()
                : Optional.of("reaches no topic (" + decline.reason().name().toLowerCase(Locale.ROOT) + ")");
    }
}
