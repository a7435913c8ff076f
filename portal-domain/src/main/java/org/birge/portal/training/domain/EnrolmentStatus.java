package org.birge.portal.training.domain;

/**
 * Where a trainee stands in a session. A requested or confirmed enrolment holds a seat; a waitlisted one
 * waits in order for a seat; completed and not completed are the outcome computed when the session ends.
 */
public enum EnrolmentStatus {
    REQUESTED, CONFIRMED, WAITLISTED, WITHDRAWN, COMPLETED, NOT_COMPLETED;

    public boolean holdsSeat() {
        return this == REQUESTED || this == CONFIRMED;
    }

    /** Enrolled or waiting: the person still counts on the session. */
    public boolean isActive() {
        return holdsSeat() || this == WAITLISTED;
    }
}
