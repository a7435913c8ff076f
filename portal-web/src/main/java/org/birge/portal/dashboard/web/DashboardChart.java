package org.birge.portal.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboards' charts as the Chart.js configuration (JSON) that PrimeFaces' {@code p:chart} takes: bars
 * (grouped or stacked, upright or lying) and doughnuts. A configuration is data only, no functions, so it runs
 * under the portal's Content-Security-Policy; every text is written as a JSON string whose characters that
 * could end or open markup are escaped, so a name from the database stays text. Each chart on a page has its
 * figures in a table beside it, for those who cannot see the chart.
 */
public final class DashboardChart {

    /** The colours of the project states, as the state tags show them (darker, to read on white). */
    public static final Map<String, String> STATE_COLOURS = Map.of(
            "DRAFT", "#9aa5b1", "IN_REVIEW", "#0a7ea4", "RETURNED", "#d69e00", "REJECTED", "#c53030",
            "IN_IMPLEMENTATION", "#2f855a", "IN_EVALUATION", "#38a169", "CLOSED", "#6b46c1");
    public static final String SKY = "#0a7ea4";
    public static final String SKY_DARK = "#075a76";
    public static final String GOLD = "#d69e00";
    public static final String GREEN = "#2f855a";
    public static final String RED = "#c53030";
    public static final String GREY = "#9aa5b1";

    private DashboardChart() {
    }

    /** A series of a bar chart: its name, colour and one value per label (null for none). */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

    /**
     * Bars for the labels, one set per series; {@code stacked} piles the series, {@code lying} lays the bars
     * down (long labels read better); {@code axis} titles the value axis, {@code max} caps it (null: none).
     */
    public static String bar(List<String> labels, List<Series> series, boolean stacked, boolean lying, String axis,
                             Number max) {
        StringBuilder json = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":");
        strings(json, labels);
        json.append(",\"datasets\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            json.append(i == 0 ? "" : ",").append("{\"label\":").append(quote(s.label()))
                    .append(",\"backgroundColor\":").append(quote(s.colour()))
                    .append(",\"borderWidth\":0,\"maxBarThickness\":34,\"data\":");
            numbers(json, s.values());
            json.append('}');
        }
        String value = lying ? "x" : "y";
        String category = lying ? "y" : "x";
        json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,")
                .append(lying ? "\"indexAxis\":\"y\"," : "")
                .append("\"plugins\":{\"legend\":{\"display\":").append(series.size() > 1)
                .append(",\"position\":\"bottom\"}},\"scales\":{\"").append(category).append("\":{\"stacked\":")
                .append(stacked).append("},\"").append(value).append("\":{\"stacked\":").append(stacked)
                .append(",\"beginAtZero\":true").append(max == null ? "" : ",\"max\":" + max)
                .append(",\"ticks\":{\"precision\":0},\"title\":{\"display\":true,\"text\":").append(quote(axis))
                .append("}}}}}");
        return json.toString();
    }

    /** A doughnut of the values by label, in the colours given (one per label). */
    public static String doughnut(List<String> labels, List<? extends Number> values, List<String> colours) {
        StringBuilder json = new StringBuilder("{\"type\":\"doughnut\",\"data\":{\"labels\":");
        strings(json, labels);
        json.append(",\"datasets\":[{\"data\":");
        numbers(json, values);
        json.append(",\"backgroundColor\":");
        strings(json, colours);
        json.append(",\"borderWidth\":1}]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,")
                .append("\"animation\":false,\"plugins\":{\"legend\":{\"position\":\"right\"}}}}");
        return json.toString();
    }

    private static void strings(StringBuilder json, List<String> texts) {
        json.append('[');
        for (int i = 0; i < texts.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(texts.get(i)));
        }
        json.append(']');
    }

    private static void numbers(StringBuilder json, List<? extends Number> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            Number v = values.get(i);
            json.append(i == 0 ? "" : ",");
            if (v == null) {
                json.append("null");
            } else if (v instanceof Double || v instanceof Float) {
                json.append(String.format(Locale.ROOT, "%.1f", v.doubleValue()));
            } else {
                json.append(v.longValue());
            }
        }
        json.append(']');
    }

    /** {@code text} as a JSON string that is also safe inside an HTML script element. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text == null ? 2 : text.length() + 8).append('"');
        if (text != null) {
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
