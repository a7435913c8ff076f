package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.training.domain.CourseStatus;

/** A session with everything its page shows: every day, its trainers, the course's rule and a cancellation's reason. */
public record SessionView(SessionRow row, List<LocalDate> days, List<TrainerChoice> trainers, String cancelReason,
                          CourseStatus courseStatus, int hours, int minAttendancePercent, int passMark)
        implements Serializable {
}
