package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.training.domain.EnrolmentStatus;

/**
 * The session a trainee is asked to evaluate: what it was, whether they may answer now ({@code open}: the
 * session is completed and they attended) and whether they already did.
 */
public record EvaluationTarget(long enrolmentId, String courseCode, String courseTitle, LocalDate firstDay,
                               LocalDate lastDay, EnrolmentStatus status, boolean open, boolean answered)
        implements Serializable {
}
