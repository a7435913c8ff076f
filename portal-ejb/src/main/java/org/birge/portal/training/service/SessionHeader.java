package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.training.domain.SessionStatus;

/**
 * A session as the attendance and evaluation pages name it: its course, days, status and the course's
 * completion rule; {@code editable} when the caller may record attendance and scores now.
 */
public record SessionHeader(long id, long version, long courseId, String courseCode, String courseTitle,
                            SessionStatus status, List<LocalDate> days, int minAttendancePercent, int passMark,
                            boolean editable) implements Serializable {

    public SessionHeader {
        days = List.copyOf(days);
    }

    public LocalDate firstDay() {
        return days.get(0);
    }

    public LocalDate lastDay() {
        return days.get(days.size() - 1);
    }
}
