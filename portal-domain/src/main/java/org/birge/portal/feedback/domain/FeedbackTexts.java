package org.birge.portal.feedback.domain;

import org.birge.portal.shared.domain.DomainException;

/** The checks the officials' subjects and messages share: required, stripped, not too long. */
final class FeedbackTexts {

    private FeedbackTexts() {
    }

    static String required(String text, int max, String requiredKey, String lengthKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new DomainException(requiredKey);
        }
        if (stripped.length() > max) {
            throw new DomainException(lengthKey, max);
        }
        return stripped;
    }
}
