package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A certificate as the trainee's list shows it; {@code revokedAt} is set once it was revoked. */
public record CertificateRow(long id, long version, String code, String courseCode, String courseTitle, int hours,
                             LocalDate firstDay, LocalDate lastDay, LocalDate issuedOn, Instant revokedAt)
        implements Serializable {

    public boolean valid() {
        return revokedAt == null;
    }
}
