package org.birge.portal.project.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.shared.service.PortalClock;

/** Every hour, escalates the tasks that became overdue; a run that finds nothing costs one indexed query. */
@Singleton
public class EscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());

    @EJB
    private EscalationService escalation;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void escalate() {
        try {
            int escalated = escalation.escalateOverdue(PortalClock.today());
            if (escalated > 0) {
                LOG.info(() -> "Escalated " + escalated + " overdue tasks");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalating overdue tasks failed; the next run tries again", e);
        }
    }
}
