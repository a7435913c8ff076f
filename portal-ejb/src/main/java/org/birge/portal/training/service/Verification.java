package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the public verification page answers for a code: a valid certificate with what it certifies, a
 * revoked one with the day it was revoked, or that no certificate has the code. Nothing else about the
 * trainee is told.
 */
public record Verification(Outcome outcome, String code, String traineeName, String courseCode, String courseTitle,
                           LocalDate firstDay, LocalDate lastDay, int hours, LocalDate issuedOn, LocalDate revokedOn)
        implements Serializable {

    public enum Outcome { VALID, REVOKED, UNKNOWN }

    static Verification unknown(String typed) {
        return new Verification(Outcome.UNKNOWN, typed, null, null, null, null, null, 0, null, null);
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    public boolean revoked() {
        return outcome == Outcome.REVOKED;
    }

    public boolean unknown() {
        return outcome == Outcome.UNKNOWN;
    }
}
