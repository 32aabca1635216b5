package org.relapseguide.content.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Source;
import org.relapseguide.content.Topic;

/**
 * Holds a translation to the content it translates: every topic of the reference has its counterpart, citing at least
 * the same sources (a translation may add sources in its own language), each shared source at the same address, and
 * the same figures, numbers and dates, in what is said and texted. A figure is a run of digits with its decimals
 * ("52.5", "1,000"); a range or a phone number is its figures ("1996-2014" is 1996 and 2014). The figures of each
 * locale's emergency sentence are left out: "emergency services" is said "911" in Spanish, and is no fact of a source.
 */
public final class Parity {
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private Parity() {}

    /**
     * The findings for a translation, each on the translation's topic or source.
     *
     * @param reference the content in the default locale
     * @param translation the same content in another locale
     * @param emergencyLeads each locale's emergency sentence, whose figures either file may say or not
     */
    public static List<Finding> check(
            ContentFile.Document reference, ContentFile.Document translation, List<String> emergencyLeads) {
        List<Finding> findings = new ArrayList<>();
        Set<String> fixed = new TreeSet<>();
        emergencyLeads.forEach(lead -> fixed.addAll(figures(lead)));
        String from = reference.locale();
        Map<String, Source> translatedSources = byId(translation.sources(), Source::id);
        for (Source source : reference.sources()) {
            Source translated = translatedSources.get(source.id());
            if (translated != null && !source.url().equals(translated.url())) {
                findings.add(new Finding(
                        "source " + source.id(),
                        "parity",
                        "has another address than the " + from + " source: " + source.url()));
            }
        }
        Map<String, Topic> translatedTopics = byId(translation.topics(), Topic::id);
        for (Topic topic : reference.topics()) {
            String where = "topic " + topic.id();
            Topic translated = translatedTopics.get(topic.id());
            if (translated == null) {
                findings.add(new Finding(where, "parity", "the " + from + " topic has no counterpart"));
                continue;
            }
            Set<String> missing = new TreeSet<>(topic.sources());
            missing.removeAll(translated.sources());
            if (!missing.isEmpty()) {
                findings.add(new Finding(
                        where, "parity", "does not cite the " + from + " topic's " + String.join(", ", missing)));
            }
            Set<String> figures = figures(topic);
            Set<String> translatedFigures = figures(translated);
            figures.removeAll(fixed);
            translatedFigures.removeAll(fixed);
            if (!figures.equals(translatedFigures)) {
                findings.add(new Finding(
                        where,
                        "parity",
                        "figures differ from the " + from + " topic's: missing "
                                + difference(figures, translatedFigures) + ", added "
                                + difference(translatedFigures, figures)));
            }
        }
        Set<String> referenceIds = byId(reference.topics(), Topic::id).keySet();
        for (Topic topic : translation.topics()) {
            if (topic.id() != null && !referenceIds.contains(topic.id())) {
                findings.add(new Finding("topic " + topic.id(), "parity", "has no " + from + " topic to translate"));
            }
        }
        return findings;
    }

    /** The figures a topic says or texts: its answer, follow-ups and text. */
    static Set<String> figures(Topic topic) {
        List<String> texts = new ArrayList<>();
        texts.add(topic.answer());
        texts.addAll(topic.more());
        texts.add(topic.text());
        Set<String> figures = new TreeSet<>();
        texts.stream().filter(text -> text != null).forEach(text -> figures.addAll(figures(text)));
        return figures;
    }

    private static Set<String> figures(String text) {
        Set<String> figures = new TreeSet<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            figures.add(matcher.group());
        }
        return figures;
    }

    private static String difference(Set<String> a, Set<String> b) {
        Set<String> only = new TreeSet<>(a);
        only.removeAll(b);
        return only.isEmpty() ? "none" : String.join(" ", only);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream()
                .filter(item -> id.apply(item) != null)
                .collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }
}
