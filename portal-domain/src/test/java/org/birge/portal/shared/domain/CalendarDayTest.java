package org.birge.portal.shared.domain;

import static org.birge.portal.testsupport.BeanValidation.violations;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarDayTest {

    private static final LocalDate NAURYZ = LocalDate.parse("2026-03-23"); // a Monday
    private static final LocalDate SATURDAY = LocalDate.parse("2026-05-02");
    private static final LocalizedName NAURYZ_NAME = new LocalizedName("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz");
    private static final LocalizedName TRANSFER = new LocalizedName("Жұмыс күні (ауыстыру)",
            "Рабочий день (перенос)", "Working day (transfer)");

    @Test
    void aNewDayOffHasItsDateKindAndName() {
        CalendarDay day = new CalendarDay(NAURYZ, CalendarDayKind.DAY_OFF, NAURYZ_NAME);

        assertEquals(NAURYZ, day.getDay());
        assertEquals(CalendarDayKind.DAY_OFF, day.getKind());
        assertTrue(day.isDayOff());
        assertEquals(NAURYZ_NAME, day.getName());
        assertEquals("Nauryz", day.nameIn(Language.EN));
    }

    @Test
    void aHolidayOnAWeekendCanBeRecordedAsADayOff() {
        CalendarDay day = new CalendarDay(LocalDate.parse("2026-03-08"), CalendarDayKind.DAY_OFF,
                new LocalizedName("Халықаралық әйелдер күні", "Международный женский день", "International Women's Day"));

        assertTrue(day.isDayOff());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-02", "2026-05-03"})
    void aSaturdayOrSundayCanBeMadeAWorkingDay(LocalDate weekend) {
        CalendarDay day = new CalendarDay(weekend, CalendarDayKind.WORKING_DAY, TRANSFER);

        assertEquals(CalendarDayKind.WORKING_DAY, day.getKind());
        assertFalse(day.isDayOff());
    }

    @Test
    void aWeekdayCannotBeMadeAWorkingDayForItIsOneAlready() {
        assertRefused("calendar.workingDay.notWeekend",
                () -> new CalendarDay(LocalDate.parse("2026-05-08"), CalendarDayKind.WORKING_DAY, TRANSFER));
    }

    @Test
    void aDayNeedsADate() {
        assertRefused("calendar.day.required", () -> new CalendarDay(null, CalendarDayKind.DAY_OFF, NAURYZ_NAME));
    }

    @Test
    void aDayNeedsAKind() {
        assertRefused("calendar.kind.required", () -> new CalendarDay(NAURYZ, null, NAURYZ_NAME));
    }

    @Test
    void aDayNeedsAName() {
        assertRefused("validation.name.required", () -> new CalendarDay(NAURYZ, CalendarDayKind.DAY_OFF, null));
    }

    @Test
    void aBlankNameInOneLanguageIsRefusedWithThatLanguagesKey() {
        assertRefused("validation.name.ru.required", () -> new CalendarDay(NAURYZ, CalendarDayKind.DAY_OFF,
                new LocalizedName("Наурыз мейрамы", " ", "Nauryz")));
    }

    @Test
    void aTooLongNameIsRefused() {
        assertRefused("validation.name.length", () -> new CalendarDay(NAURYZ, CalendarDayKind.DAY_OFF,
                new LocalizedName("Наурыз", "Наурыз", "N".repeat(LocalizedName.MAX_LENGTH + 1))));
    }

    @Test
    void changeReplacesKindAndNameAndKeepsTheDate() {
        CalendarDay day = new CalendarDay(SATURDAY, CalendarDayKind.DAY_OFF, NAURYZ_NAME);

        day.change(CalendarDayKind.WORKING_DAY, TRANSFER);

        assertEquals(CalendarDayKind.WORKING_DAY, day.getKind());
        assertEquals(TRANSFER, day.getName());
        assertEquals(SATURDAY, day.getDay());
    }

    @Test
    void changingAWeekdayIntoAWorkingDayIsRefusedAndKeepsKindAndName() {
        CalendarDay day = new CalendarDay(NAURYZ, CalendarDayKind.DAY_OFF, NAURYZ_NAME);

        assertRefused("calendar.workingDay.notWeekend", () -> day.change(CalendarDayKind.WORKING_DAY, TRANSFER));
        assertEquals(CalendarDayKind.DAY_OFF, day.getKind());
        assertEquals(NAURYZ_NAME, day.getName());
    }

    @Test
    void changingToNoKindOrNoNameIsRefusedAndKeepsKindAndName() {
        CalendarDay day = new CalendarDay(SATURDAY, CalendarDayKind.WORKING_DAY, TRANSFER);

        assertRefused("calendar.kind.required", () -> day.change(null, NAURYZ_NAME));
        assertRefused("validation.name.en.required", () -> day.change(CalendarDayKind.DAY_OFF,
                new LocalizedName("Наурыз", "Наурыз", "")));
        assertEquals(CalendarDayKind.WORKING_DAY, day.getKind());
        assertEquals(TRANSFER, day.getName());
    }

    @Test
    void aDayMadeByTheConstructorIsValid() {
        assertEquals(Map.of(), violations(new CalendarDay(NAURYZ, CalendarDayKind.DAY_OFF, NAURYZ_NAME)));
    }
}
