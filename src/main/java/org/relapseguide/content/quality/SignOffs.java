package org.relapseguide.content.quality;

import java.util.List;
import java.util.stream.Stream;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;

/**
 * Which topics of a content set a clinician has signed, as they are worded now: the report {@code content validate}
 * prints and the check {@code content load} makes before publishing.
 *
 * @param signed topics whose sign-off is of their present words
 * @param unsigned topics nobody has signed
 * @param changedSinceSigned topics signed, then edited: their sign-off no longer counts
 */
public record SignOffs(List<String> signed, List<String> unsigned, List<String> changedSinceSigned) {

    public static SignOffs of(ContentSet content) {
        List<Topic> topics = content.topics();
        return new SignOffs(
                topics.stream()
                        .filter(t -> t.signedReview().isPresent())
                        .map(Topic::id)
                        .toList(),
                topics.stream().filter(t -> t.review() == null).map(Topic::id).toList(),
                topics.stream()
                        .filter(t -> t.review() != null && t.signedReview().isEmpty())
                        .map(Topic::id)
                        .toList());
    }

    /** Topics a caregiver would hear without a clinician's sign-off of their present words. */
    public List<String> notSigned() {
        return Stream.concat(unsigned.stream(), changedSinceSigned.stream()).toList();
    }

    /** One line for the report: how many are signed, and why the rest are not. */
    public String summary() {
        int total = signed.size() + unsigned.size() + changedSinceSigned.size();
        String line = "Clinician sign-off: " + signed.size() + " of " + total + " topics signed, " + unsigned.size()
                + " not yet signed";
        if (!changedSinceSigned.isEmpty()) {
            line += ", " + changedSinceSigned.size() + " changed since they were signed ("
                    + String.join(", ", changedSinceSigned) + ")";
        }
        return line;
    }
}
