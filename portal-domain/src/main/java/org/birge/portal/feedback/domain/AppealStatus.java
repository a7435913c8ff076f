package org.birge.portal.feedback.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appeal stands under the legal clock: received (the clock runs), extended (once, to a later due
 * date), answered, closed. A redirected appeal is received again by the district it was sent on to.
 */
public enum AppealStatus {
    RECEIVED, EXTENDED, ANSWERED, CLOSED;

    /** Still waiting for an answer: the clock runs. */
    public boolean isOpen() {
        return this == RECEIVED || this == EXTENDED;
    }

    /** The states whose appeals wait for an answer, for queries. */
    public static Set<AppealStatus> open() {
        return EnumSet.of(RECEIVED, EXTENDED);
    }
}
