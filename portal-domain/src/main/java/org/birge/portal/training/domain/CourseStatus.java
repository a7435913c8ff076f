package org.birge.portal.training.domain;

/** A course is prepared as a draft, published for sessions and enrolment, and archived when no longer run. */
public enum CourseStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
