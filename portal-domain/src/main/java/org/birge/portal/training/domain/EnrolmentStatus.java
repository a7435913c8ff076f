package org.birge.portal.training.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a trainee stands in a session. A requested or confirmed enrolment holds a seat; a waitlisted one
 * waits in order for a seat; completed and not completed are the outcome computed when the session ends.
 */
public enum EnrolmentStatus {
    REQUESTED, CONFIRMED, WAITLISTED, WITHDRAWN, COMPLETED, NOT_COMPLETED;

    public boolean holdsSeat() {
        return this == REQUESTED || this == CONFIRMED;
    }

    /** Enrolled or waiting: the person still counts on the session. */
    public boolean isActive() {
        return holdsSeat() || this == WAITLISTED;
    }

    /** The states that hold a seat, for queries that count seats. */
    public static Set<EnrolmentStatus> seatHolders() {
        return matching(true);
    }

    /** The states of people still counting on a session (seat holders and those waiting), for queries. */
    public static Set<EnrolmentStatus> active() {
        return matching(false);
    }

    private static Set<EnrolmentStatus> matching(boolean seatOnly) {
        EnumSet<EnrolmentStatus> set = EnumSet.noneOf(EnrolmentStatus.class);
        Arrays.stream(values()).filter(s -> seatOnly ? s.holdsSeat() : s.isActive()).forEach(set::add);
        return set;
    }
}
