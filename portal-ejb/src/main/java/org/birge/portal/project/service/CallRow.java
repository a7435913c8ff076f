package org.birge.portal.project.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.project.domain.CallStatus;

/**
 * A grant call as lists show it, with how much of its envelope is requested (submitted proposals),
 * approved (grants decided) and disbursed (the grant's share of the money spent so far).
 */
public record CallRow(long id, long version, String title, CallStatus status, long envelope, long maxGrant,
                      int minCofinancingPercent, LocalDate opensOn, LocalDate closesOn, long requested,
                      long approved, long disbursed, long projects) implements Serializable {

    public CallRow(long id, long version, String title, CallStatus status, long envelope, long maxGrant,
                   int minCofinancingPercent, LocalDate opensOn, LocalDate closesOn) {
        this(id, version, title, status, envelope, maxGrant, minCofinancingPercent, opensOn, closesOn, 0, 0, 0, 0);
    }

    CallRow withFigures(long newRequested, long newApproved, long newDisbursed, long newProjects) {
        return new CallRow(id, version, title, status, envelope, maxGrant, minCofinancingPercent, opensOn, closesOn,
                newRequested, newApproved, newDisbursed, newProjects);
    }

    /** Share of the envelope in whole percent, for the progress bars. */
    public int percentOfEnvelope(long amount) {
        return envelope == 0 ? 0 : (int) Math.min(100, amount * 100 / envelope);
    }

    public boolean isOpenOn(LocalDate day) {
        return status == CallStatus.PUBLISHED && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
