package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;

/**
 * One day of a session in the training calendar: the course, the hours and the place; no people. In a
 * trainee's own calendar it also says where they stand.
 */
public record CalendarEntry(long sessionId, String courseCode, String courseTitle, LocalDate day, LocalTime startsAt,
                            LocalTime endsAt, String venue, String onlineLink, SessionStatus sessionStatus,
                            EnrolmentStatus myStatus) implements Serializable {

    public CalendarEntry(long sessionId, String courseCode, String courseTitle, LocalDate day, LocalTime startsAt,
                         LocalTime endsAt, String venue, String onlineLink, SessionStatus sessionStatus) {
        this(sessionId, courseCode, courseTitle, day, startsAt, endsAt, venue, onlineLink, sessionStatus, null);
    }
}
