package org.birge.portal.feedback.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.birge.portal.feedback.domain.PollResults;

/**
 * The results of a poll as a Chart.js configuration for PrimeFaces' {@code p:chart}: a horizontal bar per
 * option, the winning ones in the portal's accent colour. The configuration is JSON data only (no functions),
 * so the chart runs under the portal's Content-Security-Policy; every text is written as a JSON string whose
 * characters that could end or open markup in the script it lands in are escaped, so an option's text stays
 * text.
 */
public final class PollChart {

    static final String BAR = "#9aa5b1";
    static final String WINNER = "#0b6e4f";

    private PollChart() {
    }

    /** The configuration of the results chart, with {@code axisLabel} as the title of the count axis. */
    public static String json(PollResults results, String axisLabel) {
        List<PollResults.Tally> tallies = results.tallies();
        String labels = tallies.stream().map(t -> quote(t.label())).collect(Collectors.joining(","));
        String data = tallies.stream().map(t -> Long.toString(t.votes())).collect(Collectors.joining(","));
        String colours = tallies.stream().map(t -> quote(results.isWinner(t) ? WINNER : BAR))
                .collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":" + quote(axisLabel)
                + ",\"data\":[" + data + "],\"backgroundColor\":[" + colours + "],\"borderWidth\":0,"
                + "\"maxBarThickness\":36}]},\"options\":{\"indexAxis\":\"y\",\"responsive\":true,"
                + "\"maintainAspectRatio\":false,\"animation\":false,\"plugins\":{\"legend\":{\"display\":false}},"
                + "\"scales\":{\"x\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0},\"title\":{\"display\":true,"
                + "\"text\":" + quote(axisLabel) + "}}}}}";
    }

    /** The height the chart needs for its bars, in pixels. */
    public static int height(PollResults results) {
        return 70 + 44 * results.tallies().size();
    }

    /**
     * {@code text} as a JSON string that is also safe inside an HTML script element: quotes, backslashes and
     * control characters as JSON wants them, and {@code < > & '} and the line and paragraph separators as
     * Unicode escapes.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
