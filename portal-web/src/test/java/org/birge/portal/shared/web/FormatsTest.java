package org.birge.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in tenge with the grouping of each language, dates as dd.MM.yyyy whatever the language. */
class FormatsTest {

    private static final char NBSP = '\u00a0';

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk", "ru"})
    void kazakhAndRussianGroupThousandsWithANoBreakSpace(String language) {
        assertEquals("1" + NBSP + "234" + NBSP + "567" + NBSP + "₸", Formats.tenge(1_234_567L, Locale.forLanguageTag(language)));
        assertEquals("12" + NBSP + "345,5", Formats.number(12_345.5, Locale.forLanguageTag(language)));
    }

    @Test
    void englishGroupsThousandsWithCommas() {
        assertEquals("1,234,567" + NBSP + "₸", Formats.tenge(1_234_567L, Locale.ENGLISH));
        assertEquals("12,345.5", Formats.number(12_345.5, Locale.ENGLISH));
    }

    @Test
    void smallAmountsAndNothing() {
        assertEquals("0" + NBSP + "₸", Formats.tenge(0L, Locale.forLanguageTag("kk")));
        assertEquals("999" + NBSP + "₸", Formats.tenge(999L, Locale.forLanguageTag("ru")));
        assertEquals("", Formats.tenge(null, Locale.ENGLISH));
        assertEquals("", Formats.number(null, Locale.ENGLISH));
    }

    @Test
    void datesAreDayMonthYearWithDots() {
        assertEquals("05.01.2026", new Formats().date(LocalDate.of(2026, 1, 5)));
        assertEquals("31.12.2025", new Formats().date(LocalDate.of(2025, 12, 31)));
        assertEquals("", new Formats().date(null));
    }

    @Test
    void timesAreInAlmatyTime() {
        // 20:30 UTC on 31 December is already the next year in Almaty (UTC+5 since 2024).
        assertEquals("01.01.2026 01:30", new Dates().dateTime(Instant.parse("2025-12-31T20:30:00Z")));
        assertEquals("01.01.2026 01:30:15", new Dates().dateTimeSeconds(Instant.parse("2025-12-31T20:30:15Z")));
    }
}
