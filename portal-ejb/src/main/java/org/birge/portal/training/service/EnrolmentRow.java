package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Names;
import org.birge.portal.training.domain.EnrolmentStatus;

/**
 * A person's place in a session as a roster shows it: who, from which district, where they stand, since when,
 * who nominated them (username and name), their scores and, while they wait, their place in the queue (1 is
 * next).
 */
public record EnrolmentRow(long id, long version, long sessionId, String username, String name, Long districtId,
                           Names district, EnrolmentStatus status, Instant queuedAt, String nominatedBy,
                           String nominatedByName, Integer preScore, Integer postScore, Integer position)
        implements Serializable {

    /** The row as a query reads it, before the district's name and the waiting position are added. */
    public EnrolmentRow(long id, long version, long sessionId, String username, String name, Long districtId,
                        EnrolmentStatus status, Instant queuedAt, String nominatedBy, Integer preScore,
                        Integer postScore) {
        this(id, version, sessionId, username, name, districtId, null, status, queuedAt, nominatedBy, null,
                preScore, postScore, null);
    }

    EnrolmentRow with(Names districtName, String nominatorName, Integer waitingPosition) {
        return new EnrolmentRow(id, version, sessionId, username, name, districtId, districtName, status, queuedAt,
                nominatedBy, nominatorName, preScore, postScore, waitingPosition);
    }

    public String district(Language language) {
        return district == null ? "" : district.in(language);
    }

    public boolean isActive() {
        return status.isActive();
    }

    public boolean isWaiting() {
        return status == EnrolmentStatus.WAITLISTED;
    }

    public boolean isRequested() {
        return status == EnrolmentStatus.REQUESTED;
    }
}
