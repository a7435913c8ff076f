package org.birge.portal.poll.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.birge.portal.poll.domain.PollResults;

/**
 * The results of a poll as a Chart.js configuration for PrimeFaces' {@code p:chart}: a horizontal bar per
 * option, the winning ones in the portal's accent colour. The configuration is JSON data only (no functions),
 * so the chart runs under the portal's Content-Security-Policy, and characters that could end the script it is
 * written into are escaped, so an option's text stays text.
 */
public final class PollChart {

    static final String BAR = "#9aa5b1";
    static final String WINNER = "#0b6e4f";

    private PollChart() {
    }

    /** The configuration of the results chart, with {@code axisLabel} as the title of the count axis. */
    public static String json(PollResults results, String axisLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (PollResults.Tally tally : results.tallies()) {
            labels.add(tally.label());
            data.add(tally.votes());
            colours.add(results.isWinner(tally) ? WINNER : BAR);
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", axisLabel).add("data", data)
                .add("backgroundColor", colours).add("borderWidth", 0).add("maxBarThickness", 36);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisLabel))));
        String json = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options).build().toString();
        return scriptSafe(json);
    }

    /** The height the chart needs for its bars, in pixels. */
    public static int height(PollResults results) {
        return 70 + 44 * results.tallies().size();
    }

    /** JSON that cannot end or open anything in the script element it is written into. */
    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\'' -> out.append("\\u0027");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
