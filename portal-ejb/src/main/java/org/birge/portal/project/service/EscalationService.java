package org.birge.portal.project.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.Task;
import org.birge.portal.project.domain.TaskStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the level above about overdue tasks, once per task: the region's governors for a mayor's task,
 * the project managers' lead ({@code portal.pm-lead}) for a governor's or a project manager's task.
 * The timer calls it; it changes nothing but the escalation mark and writes the notifications and audit.
 */
@Stateless
public class EscalationService {

    private static final int BATCH = 200;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Inject
    @ConfigProperty(name = "portal.pm-lead", defaultValue = "pm.aliya")
    private String projectManagersLead;

    /** Escalates up to one batch of tasks overdue on {@code today}; returns how many. */
    @PermitAll
    public int escalateOverdue(LocalDate today) {
        List<Task> overdue = em.createQuery("select t from Task t join fetch t.project where t.status = :open"
                        + " and t.dueOn < :today and t.escalatedOn is null order by t.dueOn, t.id", Task.class)
                .setParameter("open", TaskStatus.OPEN).setParameter("today", today)
                .setMaxResults(BATCH).getResultList();
        for (Task task : overdue) {
            if (!task.escalate(today)) {
                continue;
            }
            List<String> above = task.getResponsible() == Responsible.DISTRICT_MAYOR
                    ? notifications.peopleWith(Role.GOVERNOR, null, task.getRegionId())
                    : List.of(projectManagersLead);
            notifications.notify(above, "task.overdue", "notify.task.overdue", List.of(task.getProject().getTitle(),
                    WorkflowService.stepLabel(task.getStepCode()), WorkflowService.date(task.getDueOn())),
                    WorkflowService.link(task.getProject()));
            audit.recordSystem("task.escalated", "project", task.getProject().getId(), null, "task=" + task.getId()
                    + ", step=" + task.getStepCode() + ", due=" + task.getDueOn() + ", to=" + above, null);
        }
        return overdue.size();
    }
}
