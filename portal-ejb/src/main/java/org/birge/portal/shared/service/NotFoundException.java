package org.birge.portal.shared.service;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist or lies outside the caller's scope; both look the same, so that a record's
 * existence does not leak to someone who may not see it.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends PortalException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
