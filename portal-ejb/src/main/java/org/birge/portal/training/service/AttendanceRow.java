package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.birge.portal.training.domain.EnrolmentStatus;

/**
 * One trainee of an attendance sheet: the days present, the test scores and what follows from them (the
 * share of days, the knowledge gain, and whether the course's rule would be met), with the certificate
 * issued when the session was completed.
 */
public record AttendanceRow(long enrolmentId, long version, String traineeName, String traineeUsername,
                            EnrolmentStatus status, Set<LocalDate> daysPresent, int sessionDays, Integer preScore,
                            Integer postScore, boolean wouldComplete, Long certificateId, String certificateCode,
                            boolean certificateRevoked, long certificateVersion) implements Serializable {

    public AttendanceRow {
        daysPresent = new TreeSet<>(daysPresent);
    }

    /** The same row after its days were saved, at {@code newVersion}. */
    public AttendanceRow withDays(Set<LocalDate> days, long newVersion) {
        return new AttendanceRow(enrolmentId, newVersion, traineeName, traineeUsername, status, days, sessionDays,
                preScore, postScore, wouldComplete, certificateId, certificateCode, certificateRevoked,
                certificateVersion);
    }

    /** The same row after its scores were saved, at {@code newVersion}. */
    public AttendanceRow withScores(Integer pre, Integer post, long newVersion) {
        return new AttendanceRow(enrolmentId, newVersion, traineeName, traineeUsername, status, daysPresent,
                sessionDays, pre, post, wouldComplete, certificateId, certificateCode, certificateRevoked,
                certificateVersion);
    }

    public boolean present(LocalDate day) {
        return daysPresent.contains(day);
    }

    public int daysPresentCount() {
        return daysPresent.size();
    }

    /** Whole percent, rounded down, as the completion rule counts it. */
    public int attendancePercent() {
        return sessionDays == 0 ? 0 : daysPresent.size() * 100 / sessionDays;
    }

    /** Post-test minus pre-test, in points; null unless both were taken. */
    public Integer gain() {
        return preScore == null || postScore == null ? null : postScore - preScore;
    }
}
