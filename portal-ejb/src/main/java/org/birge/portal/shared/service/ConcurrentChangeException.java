package org.birge.portal.shared.service;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record after the caller loaded it; the caller's change was not applied. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends PortalException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String changedBy) {
        super("error.concurrentChange", changedBy);
    }
}
