package org.birge.portal.project.domain;

/** A task is open until someone completes it, or until the project moves on without it. */
public enum TaskStatus {
    OPEN, DONE, CANCELLED
}
