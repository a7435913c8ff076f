package org.birge.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    /**
     * The days off of Kazakhstan in 2026 and 2027 by law: the public holidays, Orthodox Christmas, the first
     * day of Kurban Ait, and the next working day off for each public holiday on a Saturday or Sunday.
     */
    private static final List<LocalDate> DAYS_OFF_2026_2027 = dates(
            "2026-01-01", "2026-01-02", // New Year, Thursday and Friday
            "2026-01-07", // Orthodox Christmas
            "2026-03-08", "2026-03-09", // Women's Day on a Sunday, Monday in lieu
            "2026-03-21", "2026-03-22", "2026-03-23", // Nauryz, Saturday to Monday
            "2026-03-24", "2026-03-25", // in lieu of Nauryz on Saturday and Sunday
            "2026-05-01", // Unity Day, a Friday
            "2026-05-07", // Defender's Day
            "2026-05-09", "2026-05-11", // Victory Day on a Saturday, Monday in lieu
            "2026-05-27", // Kurban Ait
            "2026-07-06", // Capital Day, a Monday
            "2026-08-30", "2026-08-31", // Constitution Day on a Sunday, Monday in lieu
            "2026-10-25", "2026-10-26", // Republic Day on a Sunday, Monday in lieu
            "2026-12-16", // Independence Day, a Wednesday
            "2027-01-01", "2027-01-02", "2027-01-04", // New Year on Friday and Saturday, Monday in lieu
            "2027-01-07", // Orthodox Christmas, a Thursday
            "2027-03-08", // Women's Day
            "2027-03-21", "2027-03-22", "2027-03-23", "2027-03-24", // Nauryz Sunday to Tuesday, Wednesday in lieu
            "2027-05-01", "2027-05-03", // Unity Day on a Saturday, Monday in lieu
            "2027-05-07", // Defender's Day, a Friday
            "2027-05-09", "2027-05-10", // Victory Day on a Sunday, Monday in lieu
            "2027-05-16", // Kurban Ait on a Sunday: not moved
            "2027-07-06", "2027-08-30", "2027-10-25", "2027-12-16");

    private static final WorkingCalendar KAZAKHSTAN = new WorkingCalendar(DAYS_OFF_2026_2027, List.of());

    /**
     * The same with a transfer such as a government decree makes (made up for the test, not a real decree):
     * Saturday 2 May 2026 worked, Friday 8 May 2026 off, bridging Defender's Day and Victory Day.
     */
    private static final WorkingCalendar WITH_TRANSFER = new WorkingCalendar(
            Stream.concat(DAYS_OFF_2026_2027.stream(), Stream.of(LocalDate.parse("2026-05-08"))).toList(),
            dates("2026-05-02"));

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-03-16, true",  // an ordinary Monday
            "2026-03-14, false", // Saturday
            "2026-03-15, false", // Sunday
            "2026-01-07, false", // Orthodox Christmas on a Wednesday
            "2026-03-08, false", // Women's Day on a Sunday
            "2026-03-09, false", // the Monday in lieu of it
            "2026-03-25, false", // the second day in lieu of Nauryz
            "2026-03-26, true",  // back to work after Nauryz
            "2026-05-27, false", // Kurban Ait
            "2027-05-17, true",  // Kurban Ait on a Sunday is not moved to the Monday
            "2027-01-04, false", // in lieu of New Year on Saturday 2 January
            "2027-01-05, true"})
    void isWorkingDayKnowsWeekendsAndHolidays(LocalDate day, boolean working) {
        assertEquals(working, KAZAKHSTAN.isWorkingDay(day));
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            // weekends
            "2026-10-02, 15, 2026-10-23", // the appeal clock: 15 working days after a Friday, three weeks later
            "2026-10-02,  1, 2026-10-05", // Friday to Monday
            "2026-10-03,  1, 2026-10-05", // from a Saturday
            "2026-10-04,  1, 2026-10-05", // from a Sunday
            "2026-10-23,  1, 2026-10-27", // over Republic Day on a Sunday and its Monday in lieu
            // public holidays
            "2026-07-03,  1, 2026-07-07", // Capital Day on the Monday after the weekend
            "2026-03-06,  1, 2026-03-10", // Women's Day on a Sunday moves the day off to the Monday
            "2026-08-28,  1, 2026-09-01", // Constitution Day on a Sunday, Monday in lieu
            // a holiday on a Friday before a weekend
            "2026-04-30,  1, 2026-05-04", // Unity Day, Friday 1 May 2026
            "2027-05-06,  1, 2027-05-11", // Defender's Day on Friday, Victory Day on Sunday, Monday in lieu
            // Nauryz, three days and the days in lieu
            "2026-03-20,  1, 2026-03-26", // Saturday to Monday, Tuesday and Wednesday in lieu
            "2027-03-19,  1, 2027-03-25", // Sunday to Tuesday, Wednesday in lieu
            "2026-03-16, 15, 2026-04-09",
            "2026-03-23,  3, 2026-03-30", // an appeal received on Nauryz itself
            // year end: Independence Day 2026, New Year and Christmas 2027
            "2026-12-14, 15, 2027-01-08",
            "2026-12-31,  1, 2027-01-05",
            // zero days: the start when it is a working day, else the next working day
            "2026-03-17,  0, 2026-03-17",
            "2026-03-21,  0, 2026-03-26",
            "2026-07-06,  0, 2026-07-07"})
    void plusWorkingDaysCountsOnlyWorkingDays(LocalDate start, int days, LocalDate due) {
        assertEquals(due, KAZAKHSTAN.plusWorkingDays(start, days));
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2} with the transfer")
    @CsvSource({
            "2026-04-30, 1, 2026-05-02", // the worked Saturday counts
            "2026-05-02, 0, 2026-05-02", // and is a working day itself
            "2026-05-06, 1, 2026-05-12", // Thursday, the bridging Friday, the weekend and Monday in lieu are off
            "2026-05-01, 5, 2026-05-12"})
    void anExtraWorkingSaturdayCountsAndTheTransferredDayOffDoesNot(LocalDate start, int days, LocalDate due) {
        assertEquals(due, WITH_TRANSFER.plusWorkingDays(start, days));
    }

    @Test
    void theTransferChangesOnlyItsTwoDays() {
        assertTrue(WITH_TRANSFER.isWorkingDay(LocalDate.parse("2026-05-02")));
        assertFalse(WITH_TRANSFER.isWorkingDay(LocalDate.parse("2026-05-08")));
        assertFalse(WITH_TRANSFER.isWorkingDay(LocalDate.parse("2026-05-03")));
        assertFalse(KAZAKHSTAN.isWorkingDay(LocalDate.parse("2026-05-02")));
        assertTrue(KAZAKHSTAN.isWorkingDay(LocalDate.parse("2026-05-08")));
    }

    @ParameterizedTest(name = "between {0} and {1}: {2} working days")
    @CsvSource({
            "2026-10-02, 2026-10-23, 15",
            "2026-12-14, 2027-01-08, 15",
            "2026-03-20, 2026-03-26,  1",
            "2027-05-06, 2027-05-11,  1",
            "2026-03-21, 2026-03-25,  0", // all of Nauryz and the days in lieu
            "2026-03-16, 2026-03-16,  0", // the same day
            "2026-03-23, 2026-03-16,  0", // backwards
            "2026-01-01, 2026-12-31, 246", // the working days of 2026
            "2026-12-31, 2027-12-31, 247"}) // and of 2027
    void workingDaysBetweenCountsTheWorkingDaysAfterFromUpToTo(LocalDate from, LocalDate to, int days) {
        assertEquals(days, KAZAKHSTAN.workingDaysBetween(from, to));
    }

    @Test
    void workingDaysBetweenCountsTheWorkedSaturday() {
        assertEquals(4, WITH_TRANSFER.workingDaysBetween(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-06")));
        assertEquals(3, KAZAKHSTAN.workingDaysBetween(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-06")));
        // over the whole transfer the worked Saturday and the Friday off cancel out
        assertEquals(5, WITH_TRANSFER.workingDaysBetween(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-12")));
        assertEquals(5, KAZAKHSTAN.workingDaysBetween(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-12")));
    }

    @Test
    void workingDaysBetweenUndoesPlusWorkingDaysForEveryStartOf2026() {
        for (LocalDate start = LocalDate.parse("2026-01-01"); start.getYear() == 2026; start = start.plusDays(1)) {
            for (int days = 1; days <= 40; days++) {
                LocalDate due = KAZAKHSTAN.plusWorkingDays(start, days);

                assertTrue(KAZAKHSTAN.isWorkingDay(due), start + " + " + days + " = " + due);
                assertEquals(days, KAZAKHSTAN.workingDaysBetween(start, due), start + " + " + days + " = " + due);
                assertEquals(days - 1, KAZAKHSTAN.workingDaysBetween(start, due.minusDays(1)));
            }
        }
    }

    @Test
    void weekendsOnlyKnowsNoHolidays() {
        WorkingCalendar plain = WorkingCalendar.weekendsOnly();

        assertTrue(plain.isWorkingDay(LocalDate.parse("2026-07-06")));
        assertFalse(plain.isWorkingDay(LocalDate.parse("2026-07-05")));
        assertEquals(LocalDate.parse("2026-07-06"), plain.plusWorkingDays(LocalDate.parse("2026-07-03"), 1));
        assertEquals(5, plain.workingDaysBetween(LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-27")));
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KAZAKHSTAN.plusWorkingDays(LocalDate.parse("2026-03-16"), -1));
    }

    @Test
    void aDueDateTooFarAwayIsRefusedInsteadOfLoopingOn() {
        assertThrows(IllegalArgumentException.class,
                () -> KAZAKHSTAN.plusWorkingDays(LocalDate.parse("2026-03-16"), 3000));
        assertThrows(IllegalArgumentException.class,
                () -> KAZAKHSTAN.workingDaysBetween(LocalDate.parse("2026-01-01"), LocalDate.parse("2037-01-01")));
    }

    @Test
    void aCalendarWithoutAnyWorkingDayIsRefusedInsteadOfLoopingOn() {
        Set<LocalDate> everyDay = new HashSet<>();
        for (LocalDate day = LocalDate.parse("2026-01-01"); day.getYear() < 2037; day = day.plusDays(1)) {
            everyDay.add(day);
        }
        WorkingCalendar allOff = new WorkingCalendar(everyDay, List.of());

        assertThrows(IllegalArgumentException.class, () -> allOff.plusWorkingDays(LocalDate.parse("2026-01-01"), 0));
        assertThrows(IllegalArgumentException.class, () -> allOff.plusWorkingDays(LocalDate.parse("2026-01-01"), 1));
    }

    @Test
    void aDayCannotBeBothOffAndWorked() {
        List<LocalDate> saturday = dates("2026-05-02");

        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(saturday, saturday));
    }

    @Test
    void theCalendarKeepsItsOwnCopyOfTheDays() {
        Set<LocalDate> daysOff = new HashSet<>(dates("2026-07-06"));
        WorkingCalendar calendar = new WorkingCalendar(daysOff, List.of());

        daysOff.clear();

        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-07-06")));
        assertEquals(calendar, new WorkingCalendar(dates("2026-07-06"), List.of()));
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Stream.of(isoDates).map(LocalDate::parse).toList();
    }
}
