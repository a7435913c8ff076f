package org.birge.portal.feedback.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.birge.portal.shared.service.PortalClock;

/** Where an appeal stands against its due date, for the deadline badges of the pages: days left or overdue. */
@Named
@ApplicationScoped
public class AppealDeadline {

    /** Due within this many days: the badge warns. */
    public static final int SOON_DAYS = 3;

    public LocalDate today() {
        return PortalClock.today();
    }

    /** Calendar days from today to {@code dueOn}; negative when it has passed. */
    public long daysLeft(LocalDate dueOn) {
        return ChronoUnit.DAYS.between(today(), dueOn);
    }

    public long daysOverdue(LocalDate dueOn) {
        return -daysLeft(dueOn);
    }

    public boolean overdue(LocalDate dueOn) {
        return daysLeft(dueOn) < 0;
    }

    public boolean soon(LocalDate dueOn) {
        long left = daysLeft(dueOn);
        return left >= 0 && left <= SOON_DAYS;
    }
}
