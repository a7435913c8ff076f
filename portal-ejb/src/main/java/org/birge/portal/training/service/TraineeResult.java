package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.training.domain.EnrolmentStatus;

/** A trainee's own record of one session: days present of all, scores, gain and the outcome. */
public record TraineeResult(long enrolmentId, String traineeName, String courseCode, String courseTitle,
                            LocalDate firstDay, LocalDate lastDay, EnrolmentStatus status, int daysPresent,
                            int sessionDays, Integer preScore, Integer postScore, boolean wouldComplete)
        implements Serializable {

    public int attendancePercent() {
        return sessionDays == 0 ? 0 : daysPresent * 100 / sessionDays;
    }

    public Integer gain() {
        return preScore == null || postScore == null ? null : postScore - preScore;
    }
}
