package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.birge.portal.training.domain.CourseStatus;

/**
 * A course as lists show it, with its completion rule and, for the catalogue, the first day of its next
 * session that still lies ahead and how many such sessions there are.
 */
public record CourseRow(long id, long version, String code, String title, CourseStatus status, int hours,
                        int minAttendancePercent, int passMark, Instant modifiedAt, LocalDate nextSession,
                        long upcomingSessions) implements Serializable {

    public CourseRow(long id, long version, String code, String title, CourseStatus status, int hours,
                     int minAttendancePercent, int passMark, Instant modifiedAt) {
        this(id, version, code, title, status, hours, minAttendancePercent, passMark, modifiedAt, null, 0);
    }

    CourseRow withSessions(LocalDate next, long upcoming) {
        return new CourseRow(id, version, code, title, status, hours, minAttendancePercent, passMark, modifiedAt,
                next, upcoming);
    }
}
