package org.birge.portal.project.domain;

/** What a person can do with a task. Return needs a comment, reject a reason. */
public enum WorkflowAction {
    SUBMIT, APPROVE, RETURN, REJECT, COMMENT
}
