package org.birge.portal.shared.service;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not act on or read this record: it belongs to another district or region, or their role
 * has no part in it. The web layer answers 403.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.forbidden");
    }
}
