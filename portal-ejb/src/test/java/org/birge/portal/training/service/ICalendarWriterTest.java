package org.birge.portal.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar rules the writer must keep: CRLF, folding at 75 octets, escaping of text. */
class ICalendarWriterTest {

    private static final Instant STAMP = Instant.parse("2026-05-01T08:00:00Z");

    private static String oneEvent(String summary, String location) {
        return ICalendarWriter.write("Birge", STAMP, List.of(new ICalendarWriter.Event("uid-1@birge.kz", 3,
                Instant.parse("2026-05-12T04:00:00Z"), Instant.parse("2026-05-12T12:00:00Z"), summary, location,
                "https://meet.example.org/room", "line one\nline two", ICalendarWriter.Status.CONFIRMED)));
    }

    @Test
    void everyLineEndsInCrLfAndNoneIsLongerThan75Octets() {
        String text = oneEvent("Планирование, мониторинг и оценка социальных проектов; модуль 2 — практикум по "
                + "бюджетам и индикаторам", "Усть-Каменогорск, ул. Горького 40, актовый зал");
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertEquals(-1, text.replace("\r\n", "").indexOf('\n'), "no bare LF");
        assertEquals(-1, text.replace("\r\n", "").indexOf('\r'), "no bare CR");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "too long: " + line);
        }
    }

    @Test
    void foldedLinesUnfoldToTheEscapedValueWithoutSplittingACharacter() {
        String title = "Ж".repeat(100);
        String text = oneEvent(title, null);
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nSUMMARY:" + title + "\r\n"), unfolded);
        assertTrue(text.contains("\r\n Ж"), "continuation lines start with one space");
        // 'Ж' takes two octets: a line never ends in half of one (the decoder would put U+FFFD there).
        assertEquals(-1, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).indexOf('\uFFFD'));
    }

    @Test
    void textIsEscaped() {
        assertEquals("a\\, b\\; c\\\\d\\ne", ICalendarWriter.escape("a, b; c\\d\r\ne"));
        assertEquals("bell gone", ICalendarWriter.escape("bell\u0007 gone"));
        String text = oneEvent("Budgets, step 1; basics", null);
        assertTrue(text.contains("SUMMARY:Budgets\\, step 1\\; basics\r\n"));
        assertTrue(text.contains("DESCRIPTION:line one\\nline two\r\n"));
        assertTrue(text.contains("DTSTART:20260512T040000Z\r\n"));
        assertTrue(text.contains("DTSTAMP:20260501T080000Z\r\n"));
    }
}
