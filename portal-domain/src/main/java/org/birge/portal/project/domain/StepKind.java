package org.birge.portal.project.domain;

/**
 * What happens at a step of a workflow: the mayor submits; someone reviews (endorsement, appraisal with
 * a scoring sheet, the grant decision); the project is implemented and reported on; it is evaluated.
 */
public enum StepKind {
    SUBMISSION, REVIEW, APPRAISAL, DECISION, IMPLEMENTATION, EVALUATION;

    /** Steps at which someone decides on the proposal and may return or reject it. */
    public boolean isReview() {
        return this == REVIEW || this == APPRAISAL || this == DECISION;
    }
}
