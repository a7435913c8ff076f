package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;

/**
 * A session as its enrolment page shows it: its course, days, hours and place, its trainers by name, how many
 * seats are taken and how many of those the trainer has still to confirm, how many people wait, and, for a
 * trainee, their own place in it ({@code mine}, null when they have none). {@code trainsIt} says whether the
 * reader is one of its trainers.
 */
public record SessionOverview(long id, long version, String courseCode, String courseTitle,
                              String courseDescription, int hours, boolean forMayors, List<LocalDate> days,
                              LocalTime startsAt, LocalTime endsAt, String venue, String onlineLink, int capacity,
                              long seatsTaken, long requested, long waiting, SessionStatus status,
                              String cancelReason, List<String> trainers, boolean trainsIt, EnrolmentRow mine)
        implements Serializable {

    public SessionOverview {
        days = List.copyOf(days);
        trainers = List.copyOf(trainers);
    }

    public long seatsFree() {
        return Math.max(0, capacity - seatsTaken);
    }

    /** The share of the seats taken, in whole percent. */
    public int percentTaken() {
        return capacity == 0 ? 0 : (int) Math.min(100, seatsTaken * 100 / capacity);
    }

    public boolean isTakingEnrolments() {
        return status == SessionStatus.OPEN;
    }

    /** Whether the reader, a mayor, can ask for a place now: the session is open and they hold none. */
    public boolean isEnrollable() {
        return isTakingEnrolments() && forMayors && (mine == null || mine.status() == EnrolmentStatus.WITHDRAWN);
    }

    /** Whether the reader can leave the session: they hold a place or wait, and it has not ended. */
    public boolean isWithdrawable() {
        return mine != null && mine.status().isActive() && status.isLive();
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
