package org.birge.portal.feedback.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.shared.service.PortalClock;

/**
 * Every hour, stores the closing of the open polls whose closing day has passed (pages already show them as
 * closed from the day after their closing day; this keeps the stored state and the audit trail in step).
 */
@Singleton
public class PollTimer {

    private static final Logger LOG = Logger.getLogger(PollTimer.class.getName());

    @EJB
    private PollService polls;

    @Schedule(hour = "*", minute = "13", persistent = false)
    void closeDue() {
        try {
            int closed = polls.closeDue(PortalClock.today());
            if (closed > 0) {
                LOG.info(() -> "Closed " + closed + " polls past their closing day");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing polls past their closing day failed; the next run tries again", e);
        }
    }
}
