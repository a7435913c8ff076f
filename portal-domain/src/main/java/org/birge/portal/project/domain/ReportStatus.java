package org.birge.portal.project.domain;

/** A progress report waits for a project manager, who accepts it or returns it to the mayor. */
public enum ReportStatus {
    SUBMITTED, ACCEPTED, RETURNED
}
