package org.birge.portal.feedback.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.shared.service.PortalClock;

/** Every hour, flags the appeals that became overdue and escalates them to the governor, once each. */
@Singleton
public class AppealTimer {

    private static final Logger LOG = Logger.getLogger(AppealTimer.class.getName());

    @EJB
    private AppealEscalationService escalation;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void escalate() {
        try {
            int escalated = escalation.escalateOverdue(PortalClock.today());
            if (escalated > 0) {
                LOG.info(() -> "Escalated " + escalated + " overdue appeals");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalating overdue appeals failed; the next run tries again", e);
        }
    }
}
