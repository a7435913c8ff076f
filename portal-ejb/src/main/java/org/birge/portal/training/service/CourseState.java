package org.birge.portal.training.service;

/**
 * Where a person stands with a course, as oversight shows it: completed (a valid certificate), in progress
 * (enrolled or on a waiting list), attended without completing it, or not started.
 */
public enum CourseState {
    COMPLETED, IN_PROGRESS, NOT_COMPLETED, NOT_STARTED
}
