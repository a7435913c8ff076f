package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;

/**
 * One of a trainee's own sessions: the course, when and where, where the trainee stands (with their place
 * in the queue while waiting), the certificate earned and whether the course was evaluated.
 */
public record MySessionRow(long enrolmentId, long enrolmentVersion, long sessionId, String courseCode,
                           String courseTitle, LocalDate firstDay, LocalDate lastDay, LocalTime startsAt,
                           LocalTime endsAt, String venue, String onlineLink, SessionStatus sessionStatus,
                           EnrolmentStatus status, Integer position, Long certificateId, String certificateCode,
                           boolean certificateValid, boolean evaluated) implements Serializable {

    /** The row as a query reads it, before the queue place, certificate and evaluation are added. */
    public MySessionRow(long enrolmentId, long enrolmentVersion, long sessionId, String courseCode,
                        String courseTitle, LocalDate firstDay, LocalDate lastDay, LocalTime startsAt,
                        LocalTime endsAt, String venue, String onlineLink, SessionStatus sessionStatus,
                        EnrolmentStatus status) {
        this(enrolmentId, enrolmentVersion, sessionId, courseCode, courseTitle, firstDay, lastDay, startsAt, endsAt,
                venue, onlineLink, sessionStatus, status, null, null, null, false, false);
    }

    MySessionRow with(Integer waitingPosition, Long certificate, String code, boolean valid, boolean evaluatedAlready) {
        return new MySessionRow(enrolmentId, enrolmentVersion, sessionId, courseCode, courseTitle, firstDay, lastDay,
                startsAt, endsAt, venue, onlineLink, sessionStatus, status, waitingPosition, certificate, code, valid,
                evaluatedAlready);
    }

    /** Whether the trainee took part to the end, so that they can evaluate the course. */
    public boolean isEvaluable() {
        return !evaluated && (status == EnrolmentStatus.COMPLETED || status == EnrolmentStatus.NOT_COMPLETED);
    }
}
