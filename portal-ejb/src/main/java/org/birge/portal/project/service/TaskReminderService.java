package org.birge.portal.project.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.notify.service.Reminders;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.Task;
import org.birge.portal.project.domain.TaskStatus;

/**
 * Tells the people who can act on an open task the day before it is due, once per task and due day. The
 * daily timer calls it for today; tests call it for the day they choose.
 */
@Stateless
public class TaskReminderService {

    private static final Logger LOG = Logger.getLogger(TaskReminderService.class.getName());
    private static final String KIND = "task.dueTomorrow";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @EJB
    private Reminders reminders;

    @EJB
    private TaskReminderService self;

    /** Reminds of the open tasks due the day after {@code today}; returns how many were reminded. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindDueTomorrow(LocalDate today) {
        List<Long> due = em.createQuery("select t.id from Task t where t.status = :open and t.dueOn = :tomorrow"
                        + " order by t.id", Long.class).setParameter("open", TaskStatus.OPEN)
                .setParameter("tomorrow", today.plusDays(1)).getResultList();
        int reminded = 0;
        for (long id : due) {
            try {
                reminded += self.remind(id, today) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "Task " + id + " was reminded by another run");
            }
        }
        return reminded;
    }

    /** One task's reminder, in its own transaction with its log row. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long taskId, LocalDate today) {
        Task task = em.find(Task.class, taskId);
        if (task == null || task.getStatus() != TaskStatus.OPEN || !reminders.firstTime(KIND, taskId, today)) {
            return false;
        }
        List<String> people = switch (task.getResponsible()) {
            case DISTRICT_MAYOR -> notifications.peopleWith(Role.MAYOR, task.getDistrictId(), null);
            case REGION_GOVERNOR -> notifications.peopleWith(Role.GOVERNOR, null, task.getRegionId());
            case PROJECT_MANAGER -> notifications.peopleWith(Role.PROJECT_MANAGER, null, null);
        };
        notifications.notify(people, KIND, "notify.task.dueTomorrow", List.of(task.getProject().getTitle(),
                WorkflowService.stepLabel(task.getStepCode()), WorkflowService.date(task.getDueOn())),
                WorkflowService.link(task.getProject()));
        return true;
    }
}
