package org.relapseguide.understanding;

import java.util.List;
import org.relapseguide.content.Topic;

/** What the skill made of what a caregiver said, and how sure it is. */
public sealed interface Understanding {

    /** How the words were read: for --explain and for tests, never logged as they are. */
    Explanation explanation();

    /** An emergency sign described as happening now: the emergency answer comes first, whatever else was asked. */
    record Emergency(String signId, Explanation explanation) implements Understanding {}

    /** A topic that clearly answers it. */
    record Answer(Topic topic, Explanation explanation) implements Understanding {}

    /** Two topics close: "Did you mean X?", and if not, the next. */
    record Clarify(Topic proposed, Topic alternative, Explanation explanation) implements Understanding {}

    /** Not a question a topic answers, said honestly, with the topics closest to what was asked. */
    record Decline(Reason reason, List<Topic> closest, Explanation explanation) implements Understanding {}

    /** Why the skill declines. */
    enum Reason {
        /** A decision or an individual prognosis: the care team's to give. */
        ADVICE,
        /** Money, insurance, cost: the hospital's social worker or financial counselor. */
        MONEY,
        /** Which hospital or doctor: the care team. */
        CARE_CHOICE,
        /** Not about this illness at all. */
        UNRELATED,
        /** About this illness, but no topic covers it yet: recorded for the content team. */
        NOT_YET,
        /** Nothing fits closely enough to answer. */
        UNKNOWN
    }

    /**
     * How the words were read.
     *
     * @param words the words the question was matched by, after normalization and names restored
     * @param candidates the best topics with their scores, best first (at most three)
     * @param rule what decided it (e.g. "emergency:fever", "advice: should we", "answer", "clarify: close")
     */
    record Explanation(List<String> words, List<Candidate> candidates, String rule) {
        public static final Explanation NONE = new Explanation(List.of(), List.of(), "none");
    }

    /** A topic the question was scored against. */
    record Candidate(String topicId, double score, List<String> matched) {}
}
