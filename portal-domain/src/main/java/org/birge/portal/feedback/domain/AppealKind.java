package org.birge.portal.feedback.domain;

/** What a resident's appeal is: a suggestion, a request, a complaint or a word of thanks. */
public enum AppealKind {
    SUGGESTION, REQUEST, COMPLAINT, GRATITUDE
}
