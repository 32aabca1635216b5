package org.relapseguide.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review page's charts, drawn as inline SVG when the site is built: no charting library and nothing fetched when
 * the page is viewed. Each bar links to its topic and names its value in a tooltip.
 */
final class Charts {
    private static final int WIDTH = 560;
    private static final int LABEL = 190;
    private static final int ROW = 13;
    private static final int TOP = 22;

    private Charts() {}

    /** One bar: its label, value, where it links to, and whether it is past the limit. */
    record Bar(String label, double value, String href, boolean over) {}

    /**
     * Horizontal bars, one a row, with a dashed line at the limit.
     *
     * @param unit how a value is written in its tooltip, e.g. "%.1f s"
     */
    static String bars(String title, List<Bar> bars, double limit, String limitLabel, String unit) {
        double max = Math.max(
                limit * 1.15, bars.stream().mapToDouble(Bar::value).max().orElse(0) * 1.05);
        double scale = (WIDTH - LABEL - 10) / Math.max(max, 1e-9);
        int height = TOP + bars.size() * ROW + 8;
        StringBuilder svg = open(title, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW;
            String value = String.format(Locale.ROOT, unit, bar.value());
            svg.append("<a href=\"").append(Html.esc(bar.href())).append("\">");
            svg.append("<title>").append(Html.esc(bar.label() + ": " + value)).append("</title>");
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>",
                    LABEL - 6,
                    y + 10,
                    Html.esc(bar.label())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"%s\"/>",
                    LABEL,
                    y + 2,
                    Math.max(1, bar.value() * scale),
                    ROW - 3,
                    bar.over() ? "bar over" : "bar"));
            svg.append("</a>");
        }
        double x = LABEL + limit * scale;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"limit\"/>"
                        + "<text x=\"%.1f\" y=\"%d\" class=\"limit-label end\">%s</text>",
                x,
                TOP - 4,
                x,
                height - 4,
                x - 3,
                TOP - 8,
                Html.esc(limitLabel)));
        return svg.append("</svg>").toString();
    }

    /** Topics per category: one bar each, no limit. */
    static String counts(String title, Map<String, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double scale = (WIDTH - LABEL - 40) / (double) max;
        int height = TOP + counts.size() * ROW + 8;
        StringBuilder svg = open(title, height);
        int i = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int y = TOP + i++ * ROW;
            svg.append(String.format(
                    Locale.ROOT,
                    "<g><title>%s: %d topics</title><text x=\"%d\" y=\"%d\" class=\"label\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"bar\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" class=\"value\">%d</text></g>",
                    Html.esc(entry.getKey()),
                    entry.getValue(),
                    LABEL - 6,
                    y + 10,
                    Html.esc(entry.getKey()),
                    LABEL,
                    y + 2,
                    entry.getValue() * scale,
                    ROW - 3,
                    LABEL + entry.getValue() * scale + 4,
                    y + 10,
                    entry.getValue()));
        }
        return svg.append("</svg>").toString();
    }

    /** Review dates by month, one column a month, with the month past which a review is stale marked. */
    static String months(String title, List<LocalDate> dates, LocalDate staleBefore) {
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        dates.forEach(d -> perMonth.merge(YearMonth.from(d), 1, Integer::sum));
        YearMonth first = YearMonth.from(staleBefore).minusMonths(1);
        YearMonth last = YearMonth.from(staleBefore).plusMonths(12);
        for (YearMonth m : perMonth.keySet()) {
            first = m.isBefore(first) ? m : first;
            last = m.isAfter(last) ? m : last;
        }
        int months = (int) Math.min(48, first.until(last, ChronoUnit.MONTHS) + 1);
        first = last.minusMonths(months - 1L);
        int column = (WIDTH - 40) / months;
        int max = perMonth.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int plot = 120;
        StringBuilder svg = open(title, TOP + plot + 30);
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            int count = perMonth.getOrDefault(month, 0);
            int h = (int) Math.round(plot * count / (double) max);
            int x = 30 + i * column;
            boolean stale = month.isBefore(YearMonth.from(staleBefore));
            svg.append(String.format(
                    Locale.ROOT,
                    "<g><title>%s: %d topic(s)</title><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                            + "class=\"%s\"/></g>",
                    month,
                    count,
                    x,
                    TOP + plot - h,
                    Math.max(1, column - 2),
                    h,
                    stale ? "bar over" : "bar"));
            if (month.getMonthValue() == 1 || i == 0) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" class=\"axis\">%s</text>",
                        x,
                        TOP + plot + 14,
                        month.toString()));
            }
        }
        int staleX = 30 + (int) first.until(YearMonth.from(staleBefore), ChronoUnit.MONTHS) * column;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"limit\"/>"
                        + "<text x=\"%d\" y=\"%d\" class=\"limit-label\">older than 12 months: stale</text>",
                staleX,
                TOP - 4,
                staleX,
                TOP + plot,
                staleX + 3,
                TOP - 8));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        String id = "chart-" + Recordings.hash(title);
        return new StringBuilder(4096)
                .append(String.format(
                        Locale.ROOT,
                        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                                + "height=\"%d\" role=\"img\" aria-labelledby=\"%s\"><title id=\"%s\">%s</title>",
                        WIDTH,
                        height,
                        WIDTH,
                        height,
                        id,
                        id,
                        Html.esc(title)));
    }
}
