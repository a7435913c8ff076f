package org.birge.portal.shared.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which days count as working days in Kazakhstan, for deadlines such as the 15 working days a district has to
 * answer an appeal. Saturday and Sunday are off; the listed days off (public holidays, the day off in lieu of
 * a holiday that fell on a weekend, a day off moved by a government decree) are off too; a listed working day
 * (a Saturday the government made a working day) is worked even though it falls on a weekend.
 *
 * <p>Immutable. It knows only the days it was given: a calendar built for a window of dates treats every
 * weekday outside that window as a working day. Counting walks day by day and refuses to walk more than
 * {@value #MAX_STEPS} days (about ten years), so a wrong argument fails instead of looping for ever.
 */
public final class WorkingCalendar {

    /** The most calendar days one count may walk. */
    public static final int MAX_STEPS = 3660;

    private static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(Set.of(), Set.of());

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingDays;

    /**
     * @param daysOff     public holidays and other days off besides Saturdays and Sundays
     * @param workingDays weekend days that are worked
     * @throws IllegalArgumentException when one date is both a day off and a working day
     */
    public WorkingCalendar(Collection<LocalDate> daysOff, Collection<LocalDate> workingDays) {
        this.daysOff = Set.copyOf(Objects.requireNonNull(daysOff, "daysOff"));
        this.workingDays = Set.copyOf(Objects.requireNonNull(workingDays, "workingDays"));
        Set<LocalDate> both = new HashSet<>(this.daysOff);
        both.retainAll(this.workingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Both a day off and a working day: " + both);
        }
    }

    /** Saturdays and Sundays off, every other day worked: no holidays known. */
    public static WorkingCalendar weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (workingDays.contains(day)) {
            return true;
        }
        if (daysOff.contains(day)) {
            return false;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code days} working days after {@code start}, which is not counted itself: 15 working days
     * after Friday 2 October 2026 is Friday 23 October 2026. With {@code days == 0}, {@code start} when it is
     * a working day, else the first working day after it.
     *
     * @throws IllegalArgumentException when {@code days} is negative or the due date lies more than
     *                                  {@value #MAX_STEPS} calendar days away
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        int steps = 0;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = step(day, ++steps);
            }
            return day;
        }
        while (counted < days) {
            day = step(day, ++steps);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}; 0 when {@code to} is not
     * after {@code from}. The inverse of {@link #plusWorkingDays}: for a working day {@code d},
     * {@code workingDaysBetween(start, d)} days after {@code start} is {@code d}.
     *
     * @throws IllegalArgumentException when the two dates lie more than {@value #MAX_STEPS} days apart
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_STEPS) {
            throw new IllegalArgumentException("More than " + MAX_STEPS + " days between " + from + " and " + to);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate step(LocalDate day, int steps) {
        if (steps > MAX_STEPS) {
            throw new IllegalArgumentException("No due date within " + MAX_STEPS + " days");
        }
        return day.plusDays(1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingCalendar that
                && daysOff.equals(that.daysOff) && workingDays.equals(that.workingDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(daysOff, workingDays);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + daysOff.size() + " days off, " + workingDays.size() + " working weekend days]";
    }
}
