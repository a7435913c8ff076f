package org.birge.portal.feedback.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.birge.portal.shared.domain.WorkingCalendar;

/**
 * The legal clock of a resident's appeal (Administrative Procedural Code of Kazakhstan), counted in working
 * days of the given calendar: an answer within 15 working days of receipt; a redirect to the right district
 * within 3 working days of receipt; one extension, at most to 2 months after receipt, of which the resident
 * is told within 3 working days of the decision.
 */
public final class AppealClock {

    public static final int ANSWER_WORKING_DAYS = 15;
    public static final int REDIRECT_WORKING_DAYS = 3;
    public static final int TELL_WORKING_DAYS = 3;
    public static final int MAX_EXTENSION_MONTHS = 2;
    public static final int COMPLAINT_MONTHS = 3;

    private final WorkingCalendar calendar;

    public AppealClock(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The last day to answer an appeal received on {@code receivedOn}. */
    public LocalDate dueOn(LocalDate receivedOn) {
        return calendar.plusWorkingDays(receivedOn, ANSWER_WORKING_DAYS);
    }

    /** The last day to send an appeal received on {@code receivedOn} on to the right district. */
    public LocalDate redirectBy(LocalDate receivedOn) {
        return calendar.plusWorkingDays(receivedOn, REDIRECT_WORKING_DAYS);
    }

    /** The last day to tell the resident of an extension decided on {@code decidedOn}. */
    public LocalDate toldBy(LocalDate decidedOn) {
        return calendar.plusWorkingDays(decidedOn, TELL_WORKING_DAYS);
    }

    /** The latest due date an extension may set for an appeal received on {@code receivedOn}. */
    public static LocalDate latestExtension(LocalDate receivedOn) {
        return receivedOn.plusMonths(MAX_EXTENSION_MONTHS);
    }

    /** The last day to complain to the governor about an answer given on {@code answeredOn}. */
    public static LocalDate complaintBy(LocalDate answeredOn) {
        return answeredOn.plusMonths(COMPLAINT_MONTHS);
    }

    /** Working days from receipt to the answer (the day of receipt not counted). */
    public int workingDays(LocalDate receivedOn, LocalDate answeredOn) {
        return calendar.workingDaysBetween(receivedOn, answeredOn);
    }
}
