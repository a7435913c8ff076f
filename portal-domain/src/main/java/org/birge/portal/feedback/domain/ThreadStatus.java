package org.birge.portal.feedback.domain;

/** A thread is open until either side resolves it; either side may reopen it. */
public enum ThreadStatus {
    OPEN, RESOLVED
}
