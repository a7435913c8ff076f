package org.birge.portal.feedback.domain;

/**
 * Where a poll is: a draft only its district's mayor sees, open for votes between its dates, or closed
 * (after its closing day, or early by the mayor).
 */
public enum PollStatus {
    DRAFT,
    OPEN,
    CLOSED
}
