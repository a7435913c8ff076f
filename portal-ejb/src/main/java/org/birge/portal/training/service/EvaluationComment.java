package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A comment of an evaluation, with the session it is about; not who wrote it. */
public record EvaluationComment(long id, Instant submittedAt, String comment, long sessionId,
                                LocalDate sessionFirstDay) implements Serializable {
}
