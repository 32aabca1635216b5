package org.relapseguide.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Source;
import org.relapseguide.content.Topic;
import org.relapseguide.content.quality.ContentReport;
import org.relapseguide.content.quality.ContentValidator;
import org.relapseguide.sms.Gsm7;

/**
 * The review site's HTML: the index (what needs attention, the gaps, the charts, every topic with filters) and one
 * page per topic with its locales side by side. Every word on it comes from the content files, the validator, the
 * measures or the logs.
 */
final class Pages {
    private static final int TOP_GAPS = 50;

    private final List<LocaleReview> locales;
    private final Gaps gaps;
    private final boolean recorded;
    private final LocalDate today;
    private final LocalDate staleBefore;

    Pages(List<LocaleReview> locales, Gaps gaps, boolean recorded, LocalDate today, LocalDate staleBefore) {
        this.locales = locales;
        this.gaps = gaps;
        this.recorded = recorded;
        this.today = today;
        this.staleBefore = staleBefore;
    }

    String index() {
        StringBuilder html = head("Relapse Guide: content review", "");
        html.append("<header class=\"site\"><h1>Relapse Guide: content review</h1><p>Built ")
                .append(today)
                .append(" from ");
        List<String> sources = new ArrayList<>();
        for (LocaleReview l : locales) {
            sources.add("<code>" + Html.esc(l.file().toString()) + "</code> ("
                    + Html.esc(l.settings().language()) + ", version "
                    + Html.esc(l.content().version()) + ", " + l.topics().size() + " topics)");
        }
        html.append(String.join(" and ", sources))
                .append(". Nothing here is typed by hand: edit the content file and run "
                        + "<code>java -jar target/relapse-guide.jar content review</code> again.</p>");
        html.append("<nav><a href=\"#attention\">Needs attention</a> <a href=\"#gaps\">What caregivers asked</a> "
                + "<a href=\"#charts\">Charts</a> <a href=\"#topics\">Topics</a></nav></header><main>");
        attention(html);
        gapsTable(html);
        charts(html);
        topics(html);
        return html.append("</main></body></html>\n").toString();
    }

    private void attention(StringBuilder html) {
        html.append("<section id=\"attention\"><h2>Needs attention</h2><table class=\"summary\"><thead><tr><th></th>");
        locales.forEach(l -> html.append("<th>").append(Html.esc(l.locale())).append("</th>"));
        html.append("</tr></thead><tbody>");
        row(html, "Topics", l -> String.valueOf(l.topics().size()), l -> false);
        row(
                html,
                "Topics with validator findings",
                l -> String.valueOf(withFindings(l).size()),
                l -> !withFindings(l).isEmpty());
        row(
                html,
                "File findings (not about one topic)",
                l -> String.valueOf(l.fileFindings().size()),
                l -> !l.fileFindings().isEmpty());
        row(
                html,
                "Reviews older than " + ReviewSite.STALE_AFTER_MONTHS + " months (before " + staleBefore + ")",
                l -> String.valueOf(stale(l).size()),
                l -> !stale(l).isEmpty());
        row(
                html,
                "Not signed by a clinician as worded now",
                l -> String.valueOf(l.topics().stream().filter(t -> !t.signed()).count()),
                l -> false);
        row(
                html,
                "Spoken texts over " + (int) ContentReport.MAX_SECONDS + " s",
                l -> recorded
                        ? String.valueOf(l.topics().stream()
                                .flatMap(t -> t.parts().stream())
                                .filter(p -> p.seconds() > ContentReport.MAX_SECONDS)
                                .count())
                        : "not measured",
                l -> l.topics().stream()
                        .flatMap(t -> t.parts().stream())
                        .anyMatch(p -> p.seconds() > ContentReport.MAX_SECONDS));
        row(html, "Median words an answer", l -> format("%.0f", medianWords(l)), l -> false);
        row(
                html,
                "Median readability of the answers",
                l -> Html.esc(l.settings().scale().label()) + " " + format("%.1f", medianReadability(l)) + " ("
                        + Html.esc(l.settings().scale().limitWord()) + " "
                        + limit(l.settings().measures().readabilityMedian()) + ")",
                l -> !l.settings().medianEasyEnough(medianReadability(l)));
        row(
                html,
                "Answers and follow-ups past the readability limit on each",
                l -> l.settings().hasEachLimit()
                        ? harderThanEach(l) + " ("
                                + Html.esc(l.settings().scale().label()) + " "
                                + Html.esc(l.settings().scale().limitWord()) + " "
                                + limit(l.settings().partLimit()) + ")"
                        : "no limit on each (" + Html.esc(l.settings().scale().label()) + ")",
                l -> l.settings().hasEachLimit() && harderThanEach(l) > 0);
        row(
                html,
                "Text messages in 1 / 2 / more than 2 segments (at most 2)",
                l -> segments(l, 1) + " / " + segments(l, 2) + " / " + segments(l, 3),
                l -> segments(l, 3) > 0);
        html.append("</tbody></table>");
        if (!recorded) {
            html.append("<p class=\"warning\">espeak-ng was not installed when this page was built, so no answer "
                    + "was timed or recorded (<code>apt-get install espeak-ng</code>, then build again).</p>");
        }
        for (LocaleReview l : locales) {
            List<LocaleReview.TopicReview> first = withFindings(l);
            if (first.isEmpty() && l.fileFindings().isEmpty()) {
                continue;
            }
            html.append("<h3>")
                    .append(Html.esc(l.locale()))
                    .append(": ")
                    .append(first.size())
                    .append(" topic(s) with findings</h3><ul class=\"attention\">");
            for (LocaleReview.TopicReview t : first) {
                html.append("<li><a href=\"#")
                        .append(anchor(l, t.topic().id()))
                        .append("\">")
                        .append(Html.esc(t.topic().title()))
                        .append("</a>: ")
                        .append(Html.esc(t.findings().stream()
                                .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()))
                                .entrySet()
                                .stream()
                                .map(e -> e.getKey() + (e.getValue() > 1 ? " \u00d7" + e.getValue() : ""))
                                .collect(Collectors.joining(", "))))
                        .append("</li>");
            }
            for (Finding f : l.fileFindings()) {
                html.append("<li>")
                        .append(Html.esc(f.where()))
                        .append(": ")
                        .append(Html.esc(f.message()))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</section>");
    }

    /** How many of a locale's texts take that many segments; 3 counts every text over two. */
    private static long segments(LocaleReview l, int segments) {
        return l.topics().stream()
                .filter(t -> segments == 3 ? t.smsSegments() >= 3 : t.smsSegments() == segments)
                .count();
    }

    /** How many of a locale's answers and follow-ups are on the hard side of its limit on each. */
    private static long harderThanEach(LocaleReview l) {
        return l.topics().stream()
                .flatMap(t -> t.parts().stream())
                .filter(p -> !l.settings().partEasyEnough(p.readability()))
                .count();
    }

    private void row(
            StringBuilder html, String label, Function<LocaleReview, String> cell, Predicate<LocaleReview> flagged) {
        html.append("<tr><th scope=\"row\">").append(Html.esc(label)).append("</th>");
        for (LocaleReview l : locales) {
            html.append(flagged.test(l) ? "<td class=\"flag\">" : "<td>")
                    .append(cell.apply(l))
                    .append("</td>");
        }
        html.append("</tr>");
    }

    private void gapsTable(StringBuilder html) {
        html.append("<section id=\"gaps\"><h2>What caregivers asked that the skill could not answer</h2>");
        if (gaps == null) {
            html.append("<p>No log files were given. Build with <code>--logs FILE...</code> (the skill's JSON log "
                    + "lines, e.g. exported from CloudWatch) to see the most frequent unanswered questions here; "
                    + "in production, the saved CloudWatch Logs Insights query <em>unanswered-questions</em> "
                    + "lists last week's.</p></section>");
            return;
        }
        html.append("<p>")
                .append(gaps.recorded())
                .append(" unanswered or declined question(s) in ")
                .append(gaps.lines())
                .append(" log line(s). Words that are neither the content's nor common words were recorded as "
                        + "<code>_</code>, so no name or number reaches the log.</p>");
        if (gaps.questions().isEmpty()) {
            return;
        }
        html.append("<table class=\"gaps\"><thead><tr><th>asked</th><th>locale</th><th>question (as recorded)</th>"
                + "<th>why unanswered</th><th>nearest topic</th></tr></thead><tbody>");
        for (Gaps.Question q : gaps.questions().stream().limit(TOP_GAPS).toList()) {
            html.append("<tr><td class=\"number\">")
                    .append(q.count())
                    .append("</td><td>")
                    .append(Html.esc(q.locale()))
                    .append("</td><td class=\"question\">")
                    .append(Html.esc(Gaps.shown(q)))
                    .append("</td><td>")
                    .append(Html.esc(q.reason()))
                    .append("</td><td>")
                    .append(nearest(q))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private String nearest(Gaps.Question q) {
        for (LocaleReview l : locales) {
            if (l.locale().equals(q.locale()) || q.locale().equals("-")) {
                Optional<LocaleReview.TopicReview> topic = l.topic(q.nearest());
                if (topic.isPresent()) {
                    return "<a href=\"#" + anchor(l, q.nearest()) + "\">"
                            + Html.esc(topic.get().topic().title()) + "</a>";
                }
            }
        }
        return Html.esc(q.nearest());
    }

    private void charts(StringBuilder html) {
        html.append("<section id=\"charts\"><h2>Charts</h2><div class=\"charts\">");
        for (LocaleReview l : locales) {
            String locale = l.locale();
            if (recorded) {
                List<Charts.Bar> seconds = l.topics().stream()
                        .sorted(Comparator.comparingDouble((LocaleReview.TopicReview t) ->
                                        t.answer().seconds())
                                .reversed())
                        .map(t -> new Charts.Bar(
                                t.topic().id(),
                                t.answer().seconds(),
                                "#" + anchor(l, t.topic().id()),
                                t.answer().seconds() > ContentReport.MAX_SECONDS))
                        .toList();
                figure(
                        html,
                        Charts.bars(
                                locale + ": seconds to say each answer (espeak-ng, 150 words a minute)",
                                seconds,
                                ContentReport.MAX_SECONDS,
                                "limit " + (int) ContentReport.MAX_SECONDS + " s",
                                "%.1f s"),
                        locale + ": seconds per answer against the " + (int) ContentReport.MAX_SECONDS + " s limit");
            }
            LocaleReview.Settings settings = l.settings();
            String scale = settings.scale().label();
            List<Charts.Bar> scores = l.topics().stream()
                    .sorted(Comparator.comparingDouble((LocaleReview.TopicReview t) ->
                            settings.scale().hardnessOrder(t.answer().readability())))
                    .map(t -> new Charts.Bar(
                            t.topic().id(),
                            t.answer().readability(),
                            "#" + anchor(l, t.topic().id()),
                            !settings.partEasyEnough(t.answer().readability())))
                    .toList();
            figure(
                    html,
                    Charts.bars(
                            locale + ": " + scale + " of each answer, hardest first",
                            scores,
                            settings.partLimit(),
                            partLimitWords(settings),
                            scale.replace("%", "%%") + " %.1f"),
                    locale + ": " + scale + " per answer against the " + partLimitWords(settings));
            figure(
                    html,
                    Charts.counts(locale + ": topics per category", ReviewSite.perCategory(l)),
                    locale + ": topics per category");
            figure(
                    html,
                    Charts.months(
                            locale + ": review dates by month",
                            l.topics().stream()
                                    .map(LocaleReview.TopicReview::reviewed)
                                    .toList(),
                            staleBefore),
                    locale + ": review dates (signed, or else written) over time");
        }
        html.append("</div></section>");
    }

    private static void figure(StringBuilder html, String svg, String caption) {
        html.append("<figure class=\"chart-box\">")
                .append(svg)
                .append("<figcaption>")
                .append(Html.esc(caption))
                .append("</figcaption></figure>");
    }

    private void topics(StringBuilder html) {
        html.append("<section id=\"topics\"><h2>Topics</h2>");
        html.append("<form id=\"filters\" hidden><label>Locale <select name=\"locale\"><option value=\"\">all"
                + "</option>");
        locales.forEach(
                l -> html.append("<option>").append(Html.esc(l.locale())).append("</option>"));
        html.append("</select></label> <label>Category <select name=\"category\"><option value=\"\">all</option>");
        Set<String> categories = new TreeSet<>();
        locales.forEach(l -> categories.addAll(ReviewSite.perCategory(l).keySet()));
        categories.forEach(c -> html.append("<option>").append(Html.esc(c)).append("</option>"));
        html.append("</select></label> <label><input type=\"checkbox\" name=\"findings\"> has findings</label> "
                + "<label><input type=\"checkbox\" name=\"stale\"> stale</label> "
                + "<label>Search <input type=\"search\" name=\"q\" placeholder=\"words in any field\"></label> "
                + "<output id=\"shown\" aria-live=\"polite\"></output></form>");
        for (LocaleReview l : locales) {
            html.append("<h3 class=\"locale-heading\">")
                    .append(Html.esc(l.settings().language()))
                    .append(" (")
                    .append(Html.esc(l.locale()))
                    .append(")</h3>");
            for (LocaleReview.TopicReview t : l.topics()) {
                card(html, l, t, "", true);
            }
        }
        html.append("</section>");
    }

    /** One topic of one locale, everything about it; {@code root} leads from the page back to the site's root. */
    private void card(StringBuilder html, LocaleReview l, LocaleReview.TopicReview t, String root, boolean linked) {
        Topic topic = t.topic();
        String locale = l.locale();
        html.append("<article class=\"topic\" id=\"")
                .append(anchor(l, topic.id()))
                .append("\" lang=\"")
                .append(Html.esc(locale))
                .append("\" data-locale=\"")
                .append(Html.esc(locale))
                .append("\" data-category=\"")
                .append(topic.category() == null ? "" : topic.category().fileName())
                .append("\" data-findings=\"")
                .append(t.findings().size())
                .append("\" data-stale=\"")
                .append(t.stale())
                .append("\"><header><h4>");
        if (linked) {
            html.append("<a href=\"")
                    .append(root)
                    .append("topic/")
                    .append(Html.esc(topic.id()))
                    .append(".html\">")
                    .append(Html.esc(topic.title()))
                    .append("</a>");
        } else {
            html.append(Html.esc(topic.title()));
        }
        html.append("</h4><p class=\"tags\" lang=\"en\"><span class=\"tag locale\">")
                .append(Html.esc(locale))
                .append("</span> <span class=\"tag category\">")
                .append(
                        topic.category() == null
                                ? "no category"
                                : topic.category().fileName())
                .append("</span> <code>")
                .append(Html.esc(topic.id()))
                .append("</code> ");
        if (!t.findings().isEmpty()) {
            html.append("<span class=\"tag has-findings\">")
                    .append(t.findings().size())
                    .append(" finding(s)</span> ");
        }
        html.append("<span class=\"review")
                .append(t.stale() ? " stale" : "")
                .append("\">")
                .append(
                        t.signed()
                                ? "Signed by "
                                        + Html.esc(topic.signedReview().get().by()) + " on " + t.reviewed()
                                : "Written " + t.reviewed() + "; not signed by a clinician as worded now")
                .append(t.stale() ? " (stale: older than " + ReviewSite.STALE_AFTER_MONTHS + " months)" : "")
                .append("</span></p></header>");
        if (!t.findings().isEmpty()) {
            html.append("<section class=\"findings\" lang=\"en\"><h5>Validator findings</h5><ul>");
            for (Finding f : t.findings()) {
                html.append("<li><b>")
                        .append(Html.esc(f.rule()))
                        .append("</b>: ")
                        .append(Html.esc(f.message()))
                        .append("</li>");
            }
            html.append("</ul></section>");
        }
        measures(html, l, t);
        html.append("<section class=\"spoken\"><h5 lang=\"en\">Alexa says</h5>");
        for (LocaleReview.Part part : t.parts()) {
            html.append("<div class=\"part\"><p class=\"label\" lang=\"en\">")
                    .append(
                            part.label().equals("answer")
                                    ? "Answer"
                                    : "Follow-up " + part.label().substring(5))
                    .append("</p><p class=\"say\">")
                    .append(Html.heard(part.ssml()))
                    .append("</p><p class=\"listen\" lang=\"en\"><button type=\"button\" class=\"listen\" hidden "
                            + "data-lang=\"")
                    .append(Html.esc(locale))
                    .append("\" data-text=\"")
                    .append(Html.esc(Html.spoken(part.ssml())))
                    .append("\">Listen</button>");
            if (part.audio() != null) {
                html.append(" <audio controls preload=\"none\" src=\"")
                        .append(root)
                        .append(Html.esc(part.audio()))
                        .append("\" title=\"espeak-ng's recording, as timed\"></audio>");
            }
            html.append("</p><details lang=\"en\"><summary>SSML sent to Alexa</summary><pre>")
                    .append(Html.esc(part.ssml()))
                    .append("</pre></details></div>");
        }
        html.append("</section>");
        html.append("<section class=\"sms\"><h5 lang=\"en\">Text message: ")
                .append(t.smsCharacters())
                .append(" characters, ")
                .append(t.smsSegments())
                .append(t.smsSegments() == 1 ? " segment" : " segments")
                .append(Gsm7.isGsm7(t.sms()) ? " (GSM-7)" : " (not GSM-7: UCS-2)")
                .append("</h5><pre class=\"phone\">")
                .append(Html.esc(t.sms()))
                .append("</pre></section>");
        html.append("<section class=\"asks\"><h5 lang=\"en\">How caregivers reach it</h5>");
        list(html, "Names Alexa matches", topic.synonyms());
        list(html, "Example questions", topic.questions());
        list(html, "Aliases", topic.aliases());
        html.append("</section>");
        links(html, l, root, "Related topics", topic.related());
        links(
                html,
                l,
                root,
                "Next step (\"what comes after that?\")",
                topic.next() == null ? List.of() : List.of(topic.next()));
        html.append("<section class=\"sources\"><h5 lang=\"en\">Sources</h5><ol>");
        for (String id : topic.sources()) {
            Optional<Source> source = l.content().source(id);
            html.append("<li>");
            if (source.isPresent()) {
                html.append("<a href=\"")
                        .append(Html.esc(source.get().url()))
                        .append("\" rel=\"noopener noreferrer\">")
                        .append(Html.esc(source.get().title()))
                        .append("</a>");
            } else {
                html.append("<span class=\"flag\">unknown source</span>");
            }
            html.append(" <code>").append(Html.esc(id)).append("</code></li>");
        }
        html.append("</ol></section></article>");
    }

    private void measures(StringBuilder html, LocaleReview l, LocaleReview.TopicReview t) {
        html.append("<table class=\"measures\" lang=\"en\"><thead><tr><th></th><th>words</th><th>seconds</th><th>")
                .append(Html.esc(l.settings().scale().label()))
                .append("</th></tr></thead><tbody>");
        for (LocaleReview.Part p : t.parts()) {
            boolean wordy = p.words() > l.settings().measures().answerWords();
            boolean hard = !l.settings().partEasyEnough(p.readability());
            boolean slow = p.seconds() > ContentReport.MAX_SECONDS;
            html.append("<tr><th scope=\"row\">")
                    .append(Html.esc(p.label()))
                    .append("</th><td")
                    .append(wordy ? " class=\"flag\"" : "")
                    .append(">")
                    .append(p.words())
                    .append("</td><td")
                    .append(slow ? " class=\"flag\"" : "")
                    .append(">")
                    .append(Double.isNaN(p.seconds()) ? "not measured" : format("%.1f", p.seconds()))
                    .append("</td><td class=\"readability")
                    .append(hard ? " flag\" title=\"harder than the " + Html.esc(partLimitWords(l.settings())) : "")
                    .append("\">")
                    .append(format("%.1f", p.readability()))
                    .append("</td></tr>");
        }
        html.append("<tr><th scope=\"row\">text</th><td colspan=\"3\"")
                .append(t.smsSegments() > 2 ? " class=\"flag\"" : "")
                .append(">")
                .append(t.smsSegments())
                .append(" GSM-7 segment(s), ")
                .append(t.smsCharacters())
                .append(" characters</td></tr></tbody></table>");
    }

    /** Links to other topics of the locale, under a heading; nothing when there are none. */
    private static void links(StringBuilder html, LocaleReview l, String root, String heading, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        html.append("<section class=\"related\"><h5 lang=\"en\">")
                .append(Html.esc(heading))
                .append("</h5><ul class=\"inline\">");
        for (String id : ids) {
            html.append("<li><a href=\"")
                    .append(root.isEmpty() ? "#" + anchor(l, id) : Html.esc(id) + ".html")
                    .append("\">")
                    .append(Html.esc(l.topic(id).map(r -> r.topic().title()).orElse(id)))
                    .append("</a></li>");
        }
        html.append("</ul></section>");
    }

    private static void list(StringBuilder html, String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<p class=\"label\" lang=\"en\">").append(Html.esc(label)).append("</p><ul class=\"inline\">");
        items.forEach(i -> html.append("<li>").append(Html.esc(i)).append("</li>"));
        html.append("</ul>");
    }

    /** A topic's page: its locales side by side, with differences in numbers or sources flagged. */
    String topicPage(String id) {
        List<LocaleReview> having =
                locales.stream().filter(l -> l.topic(id).isPresent()).toList();
        String title = having.get(0).topic(id).get().topic().title();
        StringBuilder html = head(title + ": Relapse Guide content review", "../");
        html.append("<header class=\"site\"><p><a href=\"../index.html#topics\">All topics</a></p><h1>")
                .append(Html.esc(title))
                .append("</h1><p>Topic <code>")
                .append(Html.esc(id))
                .append("</code> in ")
                .append(having.stream().map(l -> Html.esc(l.locale())).collect(Collectors.joining(" and ")))
                .append(".</p></header><main>");
        differences(html, id, having);
        html.append("<div class=\"side-by-side\">");
        for (LocaleReview l : having) {
            card(html, l, l.topic(id).get(), "../", false);
        }
        html.append("</div></main></body></html>\n");
        return html.toString();
    }

    private void differences(StringBuilder html, String id, List<LocaleReview> having) {
        List<LocaleReview> missing =
                locales.stream().filter(l -> l.topic(id).isEmpty()).toList();
        html.append("<section class=\"differences\"><h2>Differences between the locales</h2><ul>");
        for (LocaleReview l : missing) {
            html.append("<li class=\"flag\">No ").append(Html.esc(l.locale())).append(" version of this topic.</li>");
        }
        if (having.size() < 2) {
            html.append("<li>Only one locale has this topic: nothing to compare.</li></ul></section>");
            return;
        }
        LocaleReview first = having.get(0);
        Topic a = first.topic(id).get().topic();
        Set<String> aNumbers = ReviewSite.numbers(texts(a));
        for (LocaleReview other : having.subList(1, having.size())) {
            Topic b = other.topic(id).get().topic();
            Set<String> bNumbers = ReviewSite.numbers(texts(b));
            String pair = Html.esc(first.locale()) + " and " + Html.esc(other.locale());
            difference(html, "Numbers", pair, first.locale(), aNumbers, other.locale(), bNumbers);
            difference(
                    html,
                    "Sources",
                    pair,
                    first.locale(),
                    new LinkedHashSet<>(a.sources()),
                    other.locale(),
                    new LinkedHashSet<>(b.sources()));
        }
        html.append("</ul></section>");
    }

    private static void difference(
            StringBuilder html, String what, String pair, String aName, Set<String> a, String bName, Set<String> b) {
        Set<String> onlyA = new LinkedHashSet<>(a);
        onlyA.removeAll(b);
        Set<String> onlyB = new LinkedHashSet<>(b);
        onlyB.removeAll(a);
        if (onlyA.isEmpty() && onlyB.isEmpty()) {
            html.append("<li class=\"same\">")
                    .append(what)
                    .append(": the same in ")
                    .append(pair)
                    .append(a.isEmpty() ? " (none)" : " (" + Html.esc(String.join(", ", a)) + ")")
                    .append(".</li>");
            return;
        }
        List<String> only = new ArrayList<>();
        if (!onlyA.isEmpty()) {
            only.add("only in " + Html.esc(aName) + ": <b>" + Html.esc(String.join(", ", onlyA)) + "</b>");
        }
        if (!onlyB.isEmpty()) {
            only.add("only in " + Html.esc(bName) + ": <b>" + Html.esc(String.join(", ", onlyB)) + "</b>");
        }
        html.append("<li class=\"flag differs\">")
                .append(what)
                .append(" differ: ")
                .append(String.join("; ", only))
                .append(".</li>");
    }

    private static List<String> texts(Topic topic) {
        List<String> texts = new ArrayList<>();
        texts.add(topic.answer());
        texts.addAll(topic.more());
        texts.add(topic.text());
        return texts;
    }

    private static StringBuilder head(String title, String root) {
        return new StringBuilder(1 << 20)
                .append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<link rel=\"icon\" href=\"data:,\"><title>")
                .append(Html.esc(title))
                .append("</title><link rel=\"stylesheet\" href=\"")
                .append(root)
                .append("assets/site.css\"><script defer src=\"")
                .append(root)
                .append("assets/site.js\"></script></head><body>");
    }

    private List<LocaleReview.TopicReview> withFindings(LocaleReview l) {
        return l.topics().stream().filter(t -> !t.findings().isEmpty()).toList();
    }

    private List<LocaleReview.TopicReview> stale(LocaleReview l) {
        return l.topics().stream().filter(LocaleReview.TopicReview::stale).toList();
    }

    private static double medianWords(LocaleReview l) {
        return ContentValidator.median(l.topics().stream()
                .mapToDouble(t -> t.answer().words())
                .sorted()
                .toArray());
    }

    private static double medianReadability(LocaleReview l) {
        return ContentValidator.median(l.topics().stream()
                .mapToDouble(t -> t.answer().readability())
                .sorted()
                .toArray());
    }

    static String anchor(LocaleReview l, String topicId) {
        return Html.esc(l.locale() + "--" + topicId);
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    /** A limit as the measures file states it: 65, 8, or 8.5. */
    private static String limit(double value) {
        return value == Math.rint(value) ? format("%.0f", value) : format("%.1f", value);
    }

    /** What one answer is marked against, in words: "limit on each: at least 55" or "target: median at most 8". */
    private static String partLimitWords(LocaleReview.Settings settings) {
        return (settings.hasEachLimit() ? "limit on each: " : "target: median ")
                + settings.scale().limitWord() + " " + limit(settings.partLimit());
    }
}
