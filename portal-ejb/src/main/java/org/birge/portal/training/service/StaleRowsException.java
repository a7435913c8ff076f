package org.birge.portal.training.service;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.birge.portal.shared.service.PortalException;

/**
 * Someone else changed some rows of a list after the caller loaded it; nothing of the list was saved. The
 * message names each trainee and who changed them; the page reloads exactly those rows.
 */
@ApplicationException(rollback = true)
public class StaleRowsException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final List<Long> enrolmentIds;

    public StaleRowsException(List<Long> enrolmentIds, String who) {
        super("training.attendance.stale", who);
        this.enrolmentIds = List.copyOf(enrolmentIds);
    }

    public List<Long> getEnrolmentIds() {
        return enrolmentIds;
    }
}
