package org.birge.portal.project.domain;

/**
 * Where a project stands. Published projects, whose page anyone can read, are those with a grant:
 * in implementation, in evaluation and closed.
 */
public enum ProjectStatus {
    DRAFT, IN_REVIEW, RETURNED, REJECTED, IN_IMPLEMENTATION, IN_EVALUATION, CLOSED;

    public boolean isPublic() {
        return this == IN_IMPLEMENTATION || this == IN_EVALUATION || this == CLOSED;
    }

    /** Rejected or closed: nothing happens to the project any more. */
    public boolean isFinished() {
        return this == REJECTED || this == CLOSED;
    }

    /** Whether the mayor may still change the proposal itself. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
