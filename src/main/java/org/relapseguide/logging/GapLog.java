package org.relapseguide.logging;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line for each question the skill could not answer (declined, not yet covered, not understood), so the
 * content team sees what caregivers ask: why, the topic nearest to it, and the question's words as they may be
 * recorded (only the content's words and common words; every other word is "_"). {@code content gaps} reads these
 * lines back.
 */
public final class GapLog {
    private static final Logger LOG = LoggerFactory.getLogger(GapLog.class);
    private static final String PREFIX = "Unanswered question";
    private static final Pattern LINE =
            Pattern.compile(Pattern.quote(PREFIX) + " reason=(\\S+) nearest=(\\S+) words=\"([a-z_ ]*)\"");

    /** The line's fields of its own, which the saved query of unanswered questions groups by. */
    public static final String REASON_FIELD = "reason";

    public static final String NEAREST_FIELD = "nearest";
    public static final String WORDS_FIELD = "words";

    /** A recorded line, read back. */
    public record Gap(String reason, String nearest, String words) {}

    private GapLog() {}

    /**
     * @param words the question as it may be recorded: reduced already, so nothing but common and content words
     */
    public static void record(String reason, String nearestTopicId, String words) {
        String nearest = nearestTopicId == null ? "-" : nearestTopicId;
        LOG.atInfo()
                .addKeyValue(REASON_FIELD, reason)
                .addKeyValue(NEAREST_FIELD, nearest)
                .addKeyValue(WORDS_FIELD, words)
                .log("{} reason={} nearest={} words=\"{}\"", PREFIX, reason, nearest, words);
    }

    /** The gap a logged message records, if it is one. */
    public static Optional<Gap> read(String message) {
        Matcher matcher = LINE.matcher(message == null ? "" : message);
        return matcher.find()
                ? Optional.of(new Gap(
                        matcher.group(1), matcher.group(2), matcher.group(3).trim()))
                : Optional.empty();
    }
}
