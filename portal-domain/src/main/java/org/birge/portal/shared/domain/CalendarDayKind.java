package org.birge.portal.shared.domain;

/** What a day of the working-day calendar is, against the rule that Saturdays and Sundays are off. */
public enum CalendarDayKind {
    /** Not worked: a public holiday, a day off in lieu of one, or a day off moved by a government decree. */
    DAY_OFF,
    /** Worked although it is a Saturday or Sunday, by a government decree moving the day off elsewhere. */
    WORKING_DAY
}
