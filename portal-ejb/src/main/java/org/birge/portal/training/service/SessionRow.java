package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.birge.portal.training.domain.SessionStatus;

/**
 * A session as lists show it: its course, days, hours, place, capacity and status, with the figures of a
 * page counted in the database: how many days it has, the seats taken (requested or confirmed; once the
 * session is completed, by those who completed it or not), how many wait, how many completed the course,
 * and its trainers' names.
 */
public record SessionRow(long id, long version, long courseId, String courseCode, String courseTitle,
                         LocalDate firstDay, LocalDate lastDay, LocalTime startsAt, LocalTime endsAt, String venue,
                         String onlineLink, int capacity, SessionStatus status, long days, long taken, long waiting,
                         long completed, List<String> trainerNames) implements Serializable {

    public SessionRow(long id, long version, long courseId, String courseCode, String courseTitle,
                      LocalDate firstDay, LocalDate lastDay, LocalTime startsAt, LocalTime endsAt, String venue,
                      String onlineLink, int capacity, SessionStatus status) {
        this(id, version, courseId, courseCode, courseTitle, firstDay, lastDay, startsAt, endsAt, venue, onlineLink,
                capacity, status, 0, 0, 0, 0, List.of());
    }

    public SessionRow {
        trainerNames = List.copyOf(trainerNames);
    }

    SessionRow withFigures(long newDays, long newTaken, long newWaiting, long newCompleted, List<String> names) {
        return new SessionRow(id, version, courseId, courseCode, courseTitle, firstDay, lastDay, startsAt, endsAt,
                venue, onlineLink, capacity, status, newDays, newTaken, newWaiting, newCompleted, names);
    }

    /** Seats nobody holds yet; none when more hold one than the capacity (after it was lowered). */
    public long seatsFree() {
        return Math.max(0, capacity - taken);
    }

    public boolean isOneDay() {
        return firstDay.equals(lastDay);
    }

    public String trainers() {
        return String.join(", ", trainerNames);
    }
}
