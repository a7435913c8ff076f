package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A comment of an evaluation, with the session it is about; not who wrote it. */
public record EvaluationComment(long id, Instant submittedAt, String comment, long sessionId,
                                LocalDate sessionFirstDay) implements Serializable {

    /** The day it was written, in Kazakhstan; the hour is not shown, so as not to hint at who wrote it. */
    public LocalDate submittedOn() {
        return submittedAt.atZone(ZoneId.of("Asia/Almaty")).toLocalDate();
    }
}
