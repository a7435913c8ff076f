package org.birge.portal.feedback.domain;

/** The resident's judgement of the answer to their appeal. */
public enum AppealRating {
    SATISFIED, NOT_SATISFIED
}
