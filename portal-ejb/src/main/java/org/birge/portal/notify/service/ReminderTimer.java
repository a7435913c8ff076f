package org.birge.portal.notify.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.project.service.TaskReminderService;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.service.SessionReminderService;

/** Every morning: the tasks due tomorrow and the sessions starting tomorrow, each reminded once. */
@Singleton
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @EJB
    private TaskReminderService tasks;

    @EJB
    private SessionReminderService sessions;

    @Schedule(hour = "7", minute = "5", persistent = false)
    void remind() {
        try {
            int t = tasks.remindDueTomorrow(PortalClock.today());
            int s = sessions.remindStartingTomorrow(PortalClock.today());
            LOG.info(() -> "Reminded " + t + " tasks due tomorrow and " + s + " sessions starting tomorrow");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily reminders failed; the next run tries again", e);
        }
    }
}
