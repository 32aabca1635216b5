package org.relapseguide.content.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentMeasures;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.EmergencySign;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Pronunciation;
import org.relapseguide.content.Review;
import org.relapseguide.content.Source;
import org.relapseguide.content.Topic;
import org.relapseguide.content.TopicShape;
import org.relapseguide.content.Words;
import org.relapseguide.sms.Gsm7;
import org.relapseguide.sms.TextMessages;
import org.relapseguide.understanding.ExampleQuestions;
import org.relapseguide.understanding.Language;

/**
 * The editorial rules every content file must meet before the skill may say it: short enough to hear in one breath,
 * plain enough to follow on first hearing, sourced and dated, cheap to text, and unambiguous to Alexa. The limits
 * that differ between languages come from the locale's {@link ContentMeasures}. Whether a clinician has signed a topic is reported
 * by {@link SignOffs}, not a rule: unsigned content may be tried locally, and only publishing requires a sign-off.
 */
public final class ContentValidator {
    public static final int SCHEMA_VERSION = 2;
    public static final int MIN_SYNONYMS = 3;

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final Clock clock;
    private final ContentMeasures measures;
    private final ReadabilityScale scale;
    private final String emergencyLead;
    private final String smsFooter;
    private final int longestOfferWords;

    /**
     * @param clock today, for the "written and signed dates are not in the future" rules
     * @param measures the limits of the content's locale
     * @param emergencyLead the sentence every safety answer starts with
     * @param smsFooter the footer every text message ends with
     * @param offers the offers an answer can be followed by; the longest counts towards a turn's words
     */
    public ContentValidator(
            Clock clock, ContentMeasures measures, String emergencyLead, String smsFooter, List<String> offers) {
        this.clock = clock;
        this.measures = measures;
        this.scale = ReadabilityScale.named(measures.readability());
        this.emergencyLead = emergencyLead;
        this.smsFooter = smsFooter;
        this.longestOfferWords = offers.stream().mapToInt(Words::count).max().orElse(0);
    }

    public List<Finding> validate(ContentFile.Document document) {
        List<Finding> findings = new ArrayList<>();
        if (document.schemaVersion() != SCHEMA_VERSION) {
            findings.add(new Finding("file", "schema", "schemaVersion must be " + SCHEMA_VERSION));
        }
        require(findings, "file", "locale", document.locale());
        require(findings, "file", "version", document.version());
        Set<String> sourceIds = checkSources(document, findings);
        checkPronunciations(document, findings);
        Map<String, String> spokenOwners = checkEmergencySigns(document, findings);
        ContentSet content = document.toContentSet();
        HardTerms hardTerms = new HardTerms(document.pronunciations());
        Set<String> topicIds = new HashSet<>();
        if (document.topics().isEmpty()) {
            findings.add(new Finding("file", "topics", "there are no topics"));
        }
        for (Topic topic : document.topics()) {
            String where = "topic " + topic.id();
            findings.addAll(TopicShape.check(topic, measures));
            if (topic.id() != null && TopicShape.ID.matcher(topic.id()).matches() && !topicIds.add(topic.id())) {
                findings.add(new Finding(where, "id", "id is used by another topic"));
            }
            checkTopic(topic, where, sourceIds, spokenOwners, content, findings);
            checkSpokenQuality(topic, where, hardTerms, findings);
        }
        for (Topic topic : document.topics()) {
            checkLinks(topic, topicIds, findings);
        }
        checkReadability(document, findings);
        if (document.locale() != null && Language.exists(document.locale())) {
            findings.addAll(ExampleQuestions.check(content, Language.load(document.locale())));
        }
        return findings;
    }

    /** A related or next topic must be another topic of the file: a mistyped id would silently lead nowhere. */
    private static void checkLinks(Topic topic, Set<String> topicIds, List<Finding> findings) {
        String where = "topic " + topic.id();
        for (String id : topic.related()) {
            if (!topicIds.contains(id) || id.equals(topic.id())) {
                findings.add(
                        new Finding(where, "related", "related topic " + id + " is not another topic of the file"));
            }
        }
        if (topic.next() != null
                && (!topicIds.contains(topic.next()) || topic.next().equals(topic.id()))) {
            findings.add(
                    new Finding(where, "next", "next topic " + topic.next() + " is not another topic of the file"));
        }
    }

    private void checkTopic(
            Topic topic,
            String where,
            Set<String> sourceIds,
            Map<String, String> spokenOwners,
            ContentSet content,
            List<Finding> findings) {
        if (topic.answer() != null && !topic.answer().isBlank()) {
            checkTurn(findings, where, "answer", topic.answer());
            if (topic.category() == Category.SAFETY && !topic.answer().startsWith(emergencyLead)) {
                findings.add(new Finding(where, "safety", "a safety answer must start with \"" + emergencyLead + "\""));
            }
        }
        for (int i = 0; i < topic.more().size(); i++) {
            checkTurn(findings, where, "more[" + i + "]", topic.more().get(i));
        }
        if (topic.text() != null && !topic.text().isBlank() && topic.title() != null) {
            checkText(topic, where, content, findings);
        }
        if (topic.synonyms().size() < MIN_SYNONYMS) {
            findings.add(new Finding(where, "synonyms", "needs at least " + MIN_SYNONYMS + " synonyms"));
        }
        for (String synonym : topic.synonyms()) {
            checkSpokenName(findings, where, synonym, topic.id(), spokenOwners);
        }
        if (topic.sources().isEmpty()) {
            findings.add(new Finding(where, "sources", "cites no source"));
        }
        for (String source : topic.sources()) {
            if (!sourceIds.contains(source)) {
                findings.add(new Finding(where, "sources", "cites unknown source " + source));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (topic.written() == null) {
            findings.add(new Finding(where, "written", "has no date it was written from its sources"));
        } else if (topic.written().isAfter(today)) {
            findings.add(new Finding(where, "written", "written date " + topic.written() + " is in the future"));
        }
        Review review = topic.review();
        if (review != null && (review.by() == null || review.by().isBlank() || review.date() == null)) {
            findings.add(new Finding(where, "review", "a sign-off needs who signed and when"));
        } else if (review != null && review.date().isAfter(today)) {
            findings.add(new Finding(where, "review", "sign-off date " + review.date() + " is in the future"));
        }
    }

    private void checkSpokenQuality(Topic topic, String where, HardTerms hardTerms, List<Finding> findings) {
        List<String> spoken = new ArrayList<>();
        if (topic.answer() != null) {
            spoken.add(topic.answer());
        }
        spoken.addAll(topic.more());
        Set<String> missing = new LinkedHashSet<>();
        spoken.forEach(text -> missing.addAll(hardTerms.uncovered(text)));
        if (!missing.isEmpty()) {
            findings.add(new Finding(where, "pronunciation", "no pronunciation for " + String.join(", ", missing)));
        }
        if (topic.category() == Category.OUTLOOK && topic.answer() != null) {
            String answer = topic.answer().toLowerCase(Locale.ROOT);
            if (!measures.outlookMustSay().stream().allMatch(answer::contains)) {
                findings.add(new Finding(
                        where,
                        "outlook",
                        "an outlook answer must say every child is different and that the care team knows the "
                                + "child's situation: \"" + String.join("\", \"", measures.outlookMustSay()) + "\""));
            }
        }
    }

    /** The median answer must be easy enough to read on the locale's scale, and each spoken text, when it says so. */
    private void checkReadability(ContentFile.Document document, List<Finding> findings) {
        Readability readability = scale.formula(document.pronunciations());
        double[] scores = document.topics().stream()
                .filter(t -> t.answer() != null)
                .mapToDouble(t -> readability.score(t.answer()))
                .sorted()
                .toArray();
        double median = median(scores);
        if (scores.length > 0 && !scale.easyEnough(median, measures.readabilityMedian())) {
            findings.add(new Finding(
                    "file",
                    "readability",
                    String.format(
                            Locale.ROOT,
                            "median %s of the answers is %.1f; %s %.1f",
                            scale.label(),
                            median,
                            scale.limitWord(),
                            measures.readabilityMedian())));
        }
        if (Double.isNaN(measures.readabilityEach())) {
            return;
        }
        for (Topic topic : document.topics()) {
            List<String> parts = new ArrayList<>();
            parts.add(topic.answer());
            parts.addAll(topic.more());
            for (int i = 0; i < parts.size(); i++) {
                String text = parts.get(i);
                double score = text == null ? Double.NaN : readability.score(text);
                if (text != null && !scale.easyEnough(score, measures.readabilityEach())) {
                    findings.add(new Finding(
                            "topic " + topic.id(),
                            "readability",
                            String.format(
                                    Locale.ROOT,
                                    "%s has %s %.1f; %s %.1f",
                                    i == 0 ? "answer" : "more[" + (i - 1) + "]",
                                    scale.label(),
                                    score,
                                    scale.limitWord(),
                                    measures.readabilityEach())));
                }
            }
        }
    }

    /** The median of sorted values, 0 for none. */
    public static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** An answer or follow-up of a fitting length, with the offer that follows it, must still be one turn. */
    private void checkTurn(List<Finding> findings, String where, String field, String text) {
        int words = Words.count(text);
        if (words > 0 && words <= measures.answerWords() && words + longestOfferWords > measures.turnWords()) {
            findings.add(new Finding(
                    where,
                    "turn",
                    field + " plus the offer has " + (words + longestOfferWords) + " words; at most "
                            + measures.turnWords()));
        }
    }

    private void checkText(Topic topic, String where, ContentSet content, List<Finding> findings) {
        String raw = topic.title() + "\n" + topic.text() + "\n"
                + content.primarySource(topic).map(Source::url).orElse("") + "\n" + smsFooter;
        // Letters whose accent GSM-7 lacks (á, í, ó, ú) are written as the language needs them: the text drops it.
        if (!Gsm7.isGsm7(Gsm7.foldAccents(raw))) {
            findings.add(
                    new Finding(where, "gsm7", "text has characters outside GSM-7 (curly quotes, dashes, symbols)"));
        }
        String message = TextMessages.compose(topic, content, smsFooter);
        int septets = Gsm7.septets(message);
        if (septets > Gsm7.TWO_SEGMENTS) {
            findings.add(new Finding(
                    where,
                    "sms",
                    "text message is " + septets + " characters; at most " + Gsm7.TWO_SEGMENTS + " (two segments)"));
        }
    }

    /**
     * Checks one spoken name. {@code owners} maps each name's key to the topic or sign that uses it: spellings Alexa
     * hears alike ("m. r. d." and "m r d") may both be listed for one owner, but never for two, and never twice.
     */
    private void checkSpokenName(
            List<Finding> findings, String where, String name, String owner, Map<String, String> owners) {
        if (name == null || !measures.spokenName().matcher(name).matches()) {
            findings.add(new Finding(
                    where,
                    "synonym",
                    "\"" + name
                            + "\" must be lower case letters of the language, spaces, apostrophes, periods "
                            + "or hyphens (spell out numbers)"));
            return;
        }
        String previous = owners.putIfAbsent(Words.key(name), owner);
        if (previous != null && !previous.equals(owner)) {
            findings.add(new Finding(where, "synonym", "\"" + name + "\" is also used by " + previous));
        }
        if (owners.putIfAbsent("exact:" + owner + ":" + Words.normalize(name), owner) != null) {
            findings.add(new Finding(where, "synonym", "\"" + name + "\" is listed twice"));
        }
    }

    private static Set<String> checkSources(ContentFile.Document document, List<Finding> findings) {
        Set<String> ids = new HashSet<>();
        for (Source source : document.sources()) {
            String where = "source " + source.id();
            if (source.id() == null || source.id().isBlank() || !ids.add(source.id())) {
                findings.add(new Finding(where, "source", "source id is missing or used twice"));
            }
            require(findings, where, "title", source.title());
            if (source.url() == null || !URL.matcher(source.url()).matches()) {
                findings.add(new Finding(where, "source", "source needs an http(s) URL"));
            }
        }
        return ids;
    }

    private static void checkPronunciations(ContentFile.Document document, List<Finding> findings) {
        Set<String> terms = new HashSet<>();
        for (Pronunciation pronunciation : document.pronunciations()) {
            String where = "pronunciation " + pronunciation.term();
            if (require(findings, where, "term", pronunciation.term())
                    && !terms.add(pronunciation.term().toLowerCase(Locale.ROOT))) {
                findings.add(new Finding(where, "pronunciation", "term is listed twice"));
            }
            require(findings, where, "alias", pronunciation.alias());
        }
    }

    private Map<String, String> checkEmergencySigns(ContentFile.Document document, List<Finding> findings) {
        Map<String, String> owners = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (EmergencySign sign : document.emergencySigns()) {
            String where = "emergency sign " + sign.id();
            if (sign.id() == null || !TopicShape.ID.matcher(sign.id()).matches() || !ids.add(sign.id())) {
                findings.add(new Finding(where, "id", "id must be lower snake case and unique"));
            }
            String owner = "emergency sign " + sign.id();
            checkSpokenName(findings, where, sign.name(), owner, owners);
            for (String synonym : sign.synonyms()) {
                checkSpokenName(findings, where, synonym, owner, owners);
            }
        }
        if (document.emergencySigns().isEmpty()) {
            findings.add(new Finding("file", "emergency", "no emergency signs are listed"));
        }
        return owners;
    }

    private static boolean require(List<Finding> findings, String where, String field, String value) {
        if (value == null || value.isBlank()) {
            findings.add(new Finding(where, "required", field + " is missing"));
            return false;
        }
        return true;
    }
}
