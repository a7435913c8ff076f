package org.birge.portal.feedback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.birge.portal.feedback.domain.PollResults;
import org.junit.jupiter.api.Test;

class PollChartTest {

    static final String ATTACK = "</script><script>alert(1)</script>\"><img src=x onerror=alert(1)>&'\u2028\\";

    static PollResults results() {
        return new PollResults(List.of(new PollResults.Tally(1, 0, "Бассейн", 15),
                new PollResults.Tally(2, 1, ATTACK, 10), new PollResults.Tally(3, 2, "Hall", 15)));
    }

    @Test
    void theConfigurationIsDataOnlyWithTheWinnersHighlighted() {
        String json = PollChart.json(results(), "Votes");
        assertTrue(json.startsWith("{\"type\":\"bar\""), json);
        assertTrue(json.contains("\"indexAxis\":\"y\""), json);
        assertTrue(json.contains("\"data\":[15,10,15]"), json);
        assertTrue(json.contains("\"backgroundColor\":[\"" + PollChart.WINNER + "\",\"" + PollChart.BAR + "\",\""
                + PollChart.WINNER + "\"]"), json);
        assertTrue(json.contains("\"labels\":[\"Бассейн\","), json);
        assertFalse(json.contains("function"));
        assertEquals(count(json, '{'), count(json, '}'));
        assertEquals(count(json, '['), count(json, ']'));
    }

    @Test
    void anOptionsTextCannotLeaveTheScriptOrTheString() {
        String json = PollChart.json(results(), "Votes");
        for (String dangerous : List.of("<", ">", "&", "'", "\u2028")) {
            assertFalse(json.contains(dangerous), dangerous);
        }
        assertEquals("\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\\"\\u003e\\u003cimg"
                + " src=x onerror=alert(1)\\u003e\\u0026\\u0027\\u2028\\\\\"", PollChart.quote(ATTACK));
        assertEquals("\"a\\nb\\u0001\"", PollChart.quote("a\nb\u0001"));
    }

    @Test
    void theChartGrowsWithTheOptions() {
        assertTrue(PollChart.height(results()) > PollChart.height(new PollResults(List.of(
                new PollResults.Tally(1, 0, "A", 1)))));
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
