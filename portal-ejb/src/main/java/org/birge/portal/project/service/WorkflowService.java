package org.birge.portal.project.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.ProgressReport;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.StepDefinition;
import org.birge.portal.project.domain.StepKind;
import org.birge.portal.project.domain.Task;
import org.birge.portal.project.domain.TaskKind;
import org.birge.portal.project.domain.TaskStatus;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;

/**
 * The approval workflow at work: the tasks people can act on, and their actions (approve, return for
 * revision, reject, comment). An action is taken on the task at the version the person saw, so of two
 * people acting at once exactly one succeeds and the other is told who acted; the task, the project's
 * move, the next task, the audit row and the notifications commit together.
 */
@Stateless
public class WorkflowService {

    static final String TASK_ROW = "select new org.birge.portal.project.service.TaskRow(t.id, t.version, p.id,"
            + " p.title, t.kind, t.stepCode, t.responsible, t.openedOn, t.dueOn, t.requiredApprovals,"
            + " t.firstApprover, d.name.kk, d.name.ru, d.name.en) from Task t join t.project p join p.district d";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private CalendarService calendar;

    /** The open tasks the caller can act on, across projects, the earliest due first; none for an administrator. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public Page<TaskRow> myTasks(PageRequest page) {
        Scope scope = caller.scope();
        String role = caller.roleName();
        String where;
        Responsible responsible;
        if (role.equals(Role.MAYOR_NAME) && scope.kind() == Scope.Kind.DISTRICT) {
            responsible = Responsible.DISTRICT_MAYOR;
            where = " and t.districtId = :place";
        } else if (role.equals(Role.GOVERNOR_NAME) && scope.kind() == Scope.Kind.REGION) {
            responsible = Responsible.REGION_GOVERNOR;
            where = " and t.regionId = :place";
        } else if (role.equals(Role.PROJECT_MANAGER_NAME)) {
            responsible = Responsible.PROJECT_MANAGER;
            where = " and (t.firstApprover is null or t.firstApprover <> :me)";
        } else {
            return new Page<>(List.of(), 0);
        }
        String filter = " where t.status = :open and t.responsible = :responsible" + where;
        TypedQuery<TaskRow> rows = em.createQuery(TASK_ROW + filter + " order by t.dueOn, t.id", TaskRow.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Task t" + filter, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("open", TaskStatus.OPEN).setParameter("responsible", responsible);
            if (responsible == Responsible.PROJECT_MANAGER) {
                q.setParameter("me", caller.username());
            } else {
                q.setParameter("place", responsible == Responsible.DISTRICT_MAYOR ? scope.districtId()
                        : scope.regionId());
            }
        }
        List<TaskRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new Page<>(CourseRequirements.marked(em, found), count.getSingleResult());
    }

    /** What happened, for the page that reports it. */
    public enum Outcome { APPROVED, WAITING_FOR_SECOND_APPROVAL, RETURNED, REJECTED, COMMENTED }

    /**
     * Acts on a task. {@code scores} are the appraisal points per criterion, needed to approve an
     * appraisal; {@code comment} is needed to return or reject.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public Outcome act(long taskId, long seenVersion, WorkflowAction action, String comment,
                       Map<String, Integer> scores) {
        Task task = em.createQuery("select t from Task t join fetch t.project where t.id = :id", Task.class)
                .setParameter("id", taskId).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        Project project = task.getProject();
        // Actions are audited on the project: who acted last on it is who changed the task in between.
        if (task.getVersion() != seenVersion || task.getStatus() != TaskStatus.OPEN
                || task.getKind() == TaskKind.STEP && task.getStepPosition() != project.getStepPosition()) {
            if (task.getVersion() == seenVersion && project.getStatus().isFinished()) {
                throw new DomainException("project.finished");
            }
            throw new ConcurrentChangeException(audit.lastActorOf("project", project.getId()));
        }
        if (!ProjectAccess.canAct(caller.scope(), caller.roleName(), task, caller.username())) {
            if (caller.username().equals(task.getFirstApprover())) {
                throw new DomainException("project.task.fourEyes");
            }
            throw new AccessDeniedException();
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 4000) {
            throw new DomainException("project.textLength", 4000);
        }
        if (task.getKind() == TaskKind.REPORT_REVIEW) {
            return review(task, project, action, text);
        }
        StepDefinition step = project.currentStep();
        if (task.getStepPosition() != project.getStepPosition() || !step.allows(action)
                || action == WorkflowAction.SUBMIT) {
            throw new DomainException("project.action.notAllowed");
        }
        Instant now = Instant.now();
        String before = describe(project);
        Outcome outcome;
        switch (action) {
            case COMMENT -> {
                if (text == null) {
                    throw new DomainException("project.action.commentRequired");
                }
                audit.record("project.commented", "project", project.getId(), null, "step=" + step.getCode(), text);
                notifyMayors(project, "project.commented", "notify.project.commented", text);
                return Outcome.COMMENTED;
            }
            case RETURN -> {
                if (text == null) {
                    throw new DomainException("project.action.commentRequired");
                }
                task.finish(caller.username(), action, now);
                project.returnForRevision();
                outcome = Outcome.RETURNED;
            }
            case REJECT -> {
                if (text == null) {
                    throw new DomainException("project.action.reasonRequired");
                }
                task.finish(caller.username(), action, now);
                project.reject();
                outcome = Outcome.REJECTED;
            }
            case APPROVE -> {
                // Only approval waits for the course; returning, rejecting and commenting stay open.
                CourseRequirements.Awaited awaited = CourseRequirements.awaited(em, project);
                if (awaited != null) {
                    Language language = caller.official().map(Official::getLanguage).orElse(Language.RU);
                    throw new DomainException("project.step.courseRequired",
                            project.getDistrict().getName().in(language), awaited.title(), awaited.code());
                }
                if (step.getKind() == StepKind.APPRAISAL) {
                    project.appraise(scores == null ? Map.of() : scores);
                }
                if (!task.approve(caller.username(), now)) {
                    Versions.flush(em, audit::lastActorOf, "project", project.getId());
                    audit.record("project.approvedFirst", "project", project.getId(), before,
                            "step=" + step.getCode() + ", firstApprover=" + caller.username(), text);
                    return Outcome.WAITING_FOR_SECOND_APPROVAL;
                }
                project.advance();
                outcome = Outcome.APPROVED;
            }
            default -> throw new DomainException("project.action.notAllowed");
        }
        Versions.flush(em, audit::lastActorOf, "project", project.getId());
        audit.record("project." + outcome.name().toLowerCase(java.util.Locale.ROOT), "project", project.getId(),
                before, describe(project) + (step.getKind() == StepKind.APPRAISAL && outcome == Outcome.APPROVED
                        ? ", score=" + project.scoreTotal() + "/" + project.scoreMaximum() : ""), text);
        afterMove(project, step, outcome, text);
        return outcome;
    }

    private Outcome review(Task task, Project project, WorkflowAction action, String text) {
        ProgressReport report = em.find(ProgressReport.class, task.getReportId());
        Instant now = Instant.now();
        Outcome outcome;
        switch (action) {
            case APPROVE -> {
                report.accept(text);
                task.finish(caller.username(), action, now);
                outcome = Outcome.APPROVED;
            }
            case RETURN -> {
                report.returnToMayor(text);
                task.finish(caller.username(), action, now);
                outcome = Outcome.RETURNED;
            }
            case COMMENT -> {
                if (text == null) {
                    throw new DomainException("project.action.commentRequired");
                }
                audit.record("report.commented", "project", project.getId(), null, "report=" + report.period(), text);
                return Outcome.COMMENTED;
            }
            default -> throw new DomainException("project.action.notAllowed");
        }
        Versions.flush(em, audit::lastActorOf, "project", project.getId());
        audit.record(outcome == Outcome.APPROVED ? "report.accepted" : "report.returned", "project", project.getId(),
                "report=" + report.period() + ", status=SUBMITTED", "report=" + report.period() + ", status="
                        + report.getStatus(), text);
        notifyMayors(project, outcome == Outcome.APPROVED ? "report.accepted" : "report.returned",
                outcome == Outcome.APPROVED ? "notify.report.accepted" : "notify.report.returned", report.period());
        return outcome;
    }

    /** After a move: the next step's task and who should know. */
    private void afterMove(Project project, StepDefinition from, Outcome outcome, String text) {
        switch (outcome) {
            case RETURNED -> {
                openTask(project);
                notifyMayors(project, "proposal.returned", "notify.project.returned", text);
            }
            case REJECTED -> {
                cancelOpenTasks(project);
                notifyMayors(project, "grant.decided", "notify.project.rejected", text);
            }
            case APPROVED -> {
                if (from.getKind() == StepKind.DECISION) {
                    notifyMayors(project, "grant.decided", "notify.project.granted",
                            Long.toString(project.getGrantApproved()));
                }
                if (project.getStatus() == ProjectStatus.CLOSED) {
                    notifyMayors(project, "project.closed", "notify.project.closed", "");
                } else {
                    openTask(project);
                }
            }
            default -> {
            }
        }
    }

    /**
     * Opens the task of the step the project is at, due after the step's working days, and tells the
     * people who can act on it. Called in the transaction of the move.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public void openTask(Project project) {
        LocalDate today = PortalClock.today();
        StepDefinition step = project.currentStep();
        Task task = Task.forStep(project, today, calendar.dueDate(today, step.getSlaDays()));
        em.persist(task);
        notifications.notify(responsiblePeople(task.getResponsible(), task.getDistrictId(), task.getRegionId()),
                "task.assigned", "notify.task.assigned", List.of(project.getTitle(), stepLabel(step.getCode()),
                        date(task.getDueOn())), link(project));
    }

    /** Opens a project manager's review of a report the mayor just submitted. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed(Role.MAYOR_NAME)
    public void openReview(Project project, ProgressReport report) {
        LocalDate today = PortalClock.today();
        Task task = Task.forReport(project, report.getId(), today, calendar.dueDate(today, 10));
        em.persist(task);
        notifications.notify(responsiblePeople(Responsible.PROJECT_MANAGER, task.getDistrictId(), task.getRegionId()),
                "task.assigned", "notify.task.reportReview", List.of(project.getTitle(), report.period(),
                        date(task.getDueOn())), link(project));
    }

    /** The open step task of the project's current step, which the mayor's own action completes. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed(Role.MAYOR_NAME)
    public void completeStepTask(Project project, WorkflowAction action) {
        em.createQuery("select t from Task t where t.project = :p and t.status = :open and t.kind = :kind"
                        + " and t.stepPosition = :position", Task.class)
                .setParameter("p", project).setParameter("open", TaskStatus.OPEN).setParameter("kind", TaskKind.STEP)
                .setParameter("position", project.getStepPosition())
                .getResultList().forEach(t -> t.finish(caller.username(), action, Instant.now()));
    }

    private void cancelOpenTasks(Project project) {
        em.createQuery("select t from Task t where t.project = :p and t.status = :open", Task.class)
                .setParameter("p", project).setParameter("open", TaskStatus.OPEN).getResultList()
                .forEach(t -> t.cancel(Instant.now()));
    }

    List<String> responsiblePeople(Responsible responsible, long districtId, long regionId) {
        return switch (responsible) {
            case DISTRICT_MAYOR -> notifications.peopleWith(Role.MAYOR, districtId, null);
            case REGION_GOVERNOR -> notifications.peopleWith(Role.GOVERNOR, null, regionId);
            case PROJECT_MANAGER -> notifications.peopleWith(Role.PROJECT_MANAGER, null, null);
        };
    }

    private void notifyMayors(Project project, String kind, String key, String detail) {
        notifications.notify(notifications.peopleWith(Role.MAYOR, project.getDistrict().getId(), null), kind, key,
                List.of(project.getTitle(), detail == null ? "" : detail), link(project));
    }

    /**
     * A notification argument that the reader's language renders: the step's name by its bundle key.
     * Arguments starting with {@code @} are keys, all others are shown as they are.
     */
    static String stepLabel(String stepCode) {
        return "@project.step." + stepCode;
    }

    static String date(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
    }

    static String link(Project project) {
        return "/work/project.xhtml?id=" + project.getId();
    }

    static String describe(Project project) {
        return "status=" + project.getStatus() + ", step=" + project.currentStep().getCode() + ", round="
                + project.getRound();
    }
}
