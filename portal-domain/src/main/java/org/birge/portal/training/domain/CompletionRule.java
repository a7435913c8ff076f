package org.birge.portal.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.birge.portal.shared.domain.DomainException;

/**
 * When a trainee has completed a course: present on at least a share of the session's days and a
 * post-test score at or above the pass mark. Computed from what the trainer recorded, never typed.
 */
@Embeddable
public class CompletionRule {

    @Column(name = "min_attendance_pct", nullable = false)
    private int minAttendancePercent;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    protected CompletionRule() {
    }

    public CompletionRule(int minAttendancePercent, int passMark) {
        if (minAttendancePercent < 1 || minAttendancePercent > 100) {
            throw new DomainException("training.rule.attendanceRange");
        }
        if (passMark < 0 || passMark > 100) {
            throw new DomainException("training.rule.passMarkRange");
        }
        this.minAttendancePercent = minAttendancePercent;
        this.passMark = passMark;
    }

    /**
     * Whether {@code daysPresent} of {@code sessionDays} and a post-test score of {@code postScore} (null
     * when not taken) complete the course. Integer arithmetic, so 4 of 5 days is exactly 80 %.
     */
    public boolean isMet(int daysPresent, int sessionDays, Integer postScore) {
        if (sessionDays <= 0 || daysPresent < 0 || daysPresent > sessionDays) {
            throw new IllegalArgumentException("days present " + daysPresent + " of " + sessionDays);
        }
        return daysPresent * 100 >= minAttendancePercent * sessionDays && postScore != null && postScore >= passMark;
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public int getPassMark() {
        return passMark;
    }
}
