package org.birge.portal.shared.service;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record after the caller loaded it; the caller's change was not applied. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** {@code changedBy} is who saved last, or blank when the audit record does not tell. */
    public ConcurrentChangeException(String changedBy) {
        super(changedBy == null || changedBy.isBlank() ? "error.concurrentChangeUnknown" : "error.concurrentChange",
                changedBy == null || changedBy.isBlank() ? new Object[0] : new Object[] {changedBy});
    }
}
