package org.birge.portal.project.domain;

/** A task is a workflow step to act on, or a progress report to review. */
public enum TaskKind {
    STEP, REPORT_REVIEW
}
