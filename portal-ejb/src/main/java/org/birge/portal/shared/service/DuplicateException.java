package org.birge.portal.shared.service;

import jakarta.ejb.ApplicationException;

/** A record with the same business key exists already. */
@ApplicationException(rollback = true)
public class DuplicateException extends PortalException {

    private static final long serialVersionUID = 1L;

    public DuplicateException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
