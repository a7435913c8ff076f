package org.birge.portal.feedback.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.birge.portal.feedback.service.TrustMonth;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.web.Messages;

/**
 * The monthly trend charts of the trust pages, as the Chart.js configuration (JSON) that PrimeFaces'
 * {@code p:chart} takes: "quality" (answered on time and rated satisfactory, in percent, and the median
 * working days on a second axis) and "volume" (appeals received and answered, residents taking part). The
 * JSON is written here with every string escaped for a script context, so that no text from the database
 * or the bundles can end the script it is rendered into.
 */
public final class TrustCharts {

    /** The months a trend shows: the current one and the 14 before it. */
    public static final int MONTHS = 15;

    private static final String BLUE = "#1d4ed8";
    private static final String GREEN = "#15803d";
    private static final String GOLD = "#b45309";
    private static final String GREY = "#94a3b8";

    private TrustCharts() {
    }

    /** The first and last month of the trend ending with the current month. */
    public static YearMonth lastMonth() {
        return YearMonth.from(PortalClock.today());
    }

    public static YearMonth firstMonth() {
        return lastMonth().minusMonths(MONTHS - 1L);
    }

    public static String quality(List<TrustMonth> months, Locale locale) {
        StringBuilder json = new StringBuilder("{\"type\":\"line\",\"data\":{\"labels\":");
        labels(json, months, locale);
        json.append(",\"datasets\":[");
        dataset(json, Messages.text(locale, "trust.onTimeShare"), months, TrustMonth::onTimeShare, BLUE, "share",
                "line");
        json.append(',');
        dataset(json, Messages.text(locale, "trust.satisfiedShare"), months, TrustMonth::satisfiedShare, GREEN,
                "share", "line");
        json.append(',');
        dataset(json, Messages.text(locale, "trust.medianDays"), months, TrustMonth::medianDays, GOLD, "days",
                "line");
        json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"spanGaps\":true,")
                .append("\"interaction\":{\"mode\":\"index\",\"intersect\":false},")
                .append("\"plugins\":{\"legend\":{\"position\":\"bottom\"}},\"scales\":{")
                .append("\"share\":{\"type\":\"linear\",\"position\":\"left\",\"min\":0,\"max\":100,\"title\":")
                .append("{\"display\":true,\"text\":").append(string("%")).append("}},")
                .append("\"days\":{\"type\":\"linear\",\"position\":\"right\",\"min\":0,\"suggestedMax\":20,")
                .append("\"grid\":{\"drawOnChartArea\":false},\"title\":{\"display\":true,\"text\":")
                .append(string(Messages.text(locale, "trust.chart.days"))).append("}}}}}");
        return json.toString();
    }

    public static String volume(List<TrustMonth> months, Locale locale) {
        StringBuilder json = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":");
        labels(json, months, locale);
        json.append(",\"datasets\":[");
        dataset(json, Messages.text(locale, "trust.received"), months, m -> (double) m.received(), GREY, "y", "bar");
        json.append(',');
        dataset(json, Messages.text(locale, "trust.answered"), months, m -> (double) m.answered(), BLUE, "y", "bar");
        json.append(',');
        dataset(json, Messages.text(locale, "trust.participants"), months, m -> (double) m.participants(), GREEN,
                "y", "line");
        json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,")
                .append("\"interaction\":{\"mode\":\"index\",\"intersect\":false},")
                .append("\"plugins\":{\"legend\":{\"position\":\"bottom\"}},")
                .append("\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}");
        return json.toString();
    }

    private static void labels(StringBuilder json, List<TrustMonth> months, Locale locale) {
        json.append('[');
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i).month();
            json.append(i == 0 ? "" : ",").append(string(
                    m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + m.getYear()));
        }
        json.append(']');
    }

    private static void dataset(StringBuilder json, String label, List<TrustMonth> months,
                                Function<TrustMonth, Double> value, String colour, String axis, String type) {
        json.append("{\"type\":\"").append(type).append("\",\"label\":").append(string(label))
                .append(",\"borderColor\":\"").append(colour).append("\",\"backgroundColor\":\"").append(colour)
                .append("\",\"yAxisID\":\"").append(axis).append("\",\"tension\":0,\"data\":[");
        for (int i = 0; i < months.size(); i++) {
            Double v = value.apply(months.get(i));
            json.append(i == 0 ? "" : ",").append(v == null ? "null" : String.format(Locale.ROOT, "%.1f", v));
        }
        json.append("]}");
    }

    /** A JSON string that is also safe inside an HTML script element (no {@code <}, {@code >}, {@code &}). */
    static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
