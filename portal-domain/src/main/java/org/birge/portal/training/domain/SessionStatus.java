package org.birge.portal.training.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The life of a session: planned, open for enrolment, in progress, completed; or cancelled before completion. */
public enum SessionStatus {
    PLANNED, OPEN, IN_PROGRESS, COMPLETED, CANCELLED;

    /** Whether the session still lies ahead or runs, so that its people's days are taken. */
    public boolean isLive() {
        return this == PLANNED || this == OPEN || this == IN_PROGRESS;
    }

    /** The live states, for queries. */
    public static Set<SessionStatus> live() {
        EnumSet<SessionStatus> set = EnumSet.noneOf(SessionStatus.class);
        Arrays.stream(values()).filter(SessionStatus::isLive).forEach(set::add);
        return set;
    }
}
