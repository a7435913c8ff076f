package org.birge.portal.feedback.domain;

/**
 * Who a thread is between: a district's mayor and the governor of its region, or one official and the
 * project managers as a group (any project manager reads and answers).
 */
public enum ThreadChannel {
    GOVERNOR, PROJECT_MANAGERS
}
