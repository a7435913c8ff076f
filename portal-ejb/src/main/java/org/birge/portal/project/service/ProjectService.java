package org.birge.portal.project.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.BudgetLine;
import org.birge.portal.project.domain.Expenditure;
import org.birge.portal.project.domain.Indicator;
import org.birge.portal.project.domain.IndicatorActual;
import org.birge.portal.project.domain.Milestone;
import org.birge.portal.project.domain.ProgressReport;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;

/**
 * Projects as their people see them (lists, the project page, its timeline and spending) and the
 * mayor's monitoring of a project in implementation: milestones reached, money spent, indicator values,
 * quarterly progress reports and the final evaluation.
 */
@Stateless
public class ProjectService {

    private static final String ROW = "select new org.birge.portal.project.service.ProjectRow(p.id, p.version,"
            + " p.title, p.status, s.code, d.name.kk, d.name.ru, d.name.en, c.title, p.totalCost, p.grantRequested,"
            + " p.grantApproved, p.modifiedAt) from Project p join p.district d join p.call c join p.workflow w"
            + " join w.steps s";
    private static final Map<String, String> SORT = Map.of("title", "p.title", "status", "p.status",
            "modifiedAt", "p.modifiedAt", "totalCost", "p.totalCost", "grantRequested", "p.grantRequested");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private WorkflowService workflow;

    /** The projects of the caller's district, region or programme, optionally of one status. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public Page<ProjectRow> projects(PageRequest page, ProjectStatus status) {
        Scope scope = caller.scope();
        String where = switch (scope.kind()) {
            case NONE -> null;
            case DISTRICT -> " and d.id = :place";
            case REGION -> " and d.region.id = :place";
            case PROGRAMME -> "";
        };
        if (where == null) {
            return new Page<>(List.of(), 0);
        }
        if (status != null) {
            where += " and p.status = :status";
        }
        // Newest changes first unless the list asks otherwise.
        PageRequest sorted = page.sortField() == null ? new PageRequest(page.first(), page.size(), "modifiedAt", false)
                : page;
        // The current step's code comes from the element collection at the project's position.
        TypedQuery<ProjectRow> rows = em.createQuery(ROW + " where index(s) = p.stepPosition" + where
                + sorted.orderBy(SORT, "p.modifiedAt", "p.id"), ProjectRow.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p join p.district d where 1 = 1"
                + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (scope.kind() == Scope.Kind.DISTRICT) {
                q.setParameter("place", scope.districtId());
            } else if (scope.kind() == Scope.Kind.REGION) {
                q.setParameter("place", scope.regionId());
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        return new Page<>(rows.setFirstResult(sorted.first()).setMaxResults(sorted.size()).getResultList(),
                count.getSingleResult());
    }

    /** A project's page, for the people of its district, its region, and the programme. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public ProjectView view(long id) {
        Scope scope = caller.scope();
        Project p = ProjectAccess.readable(em, scope, id);
        return ProjectViews.build(em, p, scope, caller.roleName(), caller.username());
    }

    /** The project's timeline, newest first, from the audit trail. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public Page<TimelineRow> timeline(long id, PageRequest page) {
        ProjectAccess.readable(em, caller.scope(), id);
        List<TimelineRow> rows = em.createQuery("select new org.birge.portal.project.service.TimelineRow(a.sequence,"
                        + " a.occurredAt, a.actor, a.actorRole, a.action, a.after, a.comment) from AuditRecord a"
                        + " where a.subjectType = 'project' and a.subjectId = :id order by a.sequence desc",
                TimelineRow.class).setParameter("id", id).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(a) from AuditRecord a where a.subjectType = 'project'"
                + " and a.subjectId = :id", Long.class).setParameter("id", id).getSingleResult();
        return new Page<>(rows, total);
    }

    /** The project's expenditures, newest first. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public Page<ExpenditureRow> expenditures(long id, PageRequest page) {
        ProjectAccess.readable(em, caller.scope(), id);
        List<ExpenditureRow> rows = em.createQuery("select new org.birge.portal.project.service.ExpenditureRow(e.id,"
                        + " e.spentOn, l.description, e.amount, e.document) from Expenditure e join e.line l"
                        + " where e.projectId = :id order by e.spentOn desc, e.id desc", ExpenditureRow.class)
                .setParameter("id", id).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(e) from Expenditure e where e.projectId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new Page<>(rows, total);
    }

    /** The mayor records that a milestone was reached. */
    @RolesAllowed(Role.MAYOR_NAME)
    public void reachMilestone(long milestoneId, long seenVersion, LocalDate reachedOn) {
        Milestone milestone = Versions.atVersion(em, audit::lastActorOf, Milestone.class, milestoneId, seenVersion,
                "project");
        Project project = implementing(milestone.getProject().getId());
        milestone.reach(reachedOn, PortalClock.today());
        Versions.flush(em, audit::lastActorOf, "project", project.getId());
        audit.record("milestone.reached", "project", project.getId(), null, "milestone=" + milestone.getTitle()
                + ", reachedOn=" + reachedOn, null);
    }

    /** The mayor records money spent on a budget line. */
    @RolesAllowed(Role.MAYOR_NAME)
    public void spend(long projectId, long budgetLineId, long amount, LocalDate spentOn, String document) {
        Project project = implementing(projectId);
        BudgetLine line = em.find(BudgetLine.class, budgetLineId);
        if (line == null || !line.getProject().equals(project)) {
            throw new NotFoundException();
        }
        Expenditure expenditure = new Expenditure(line, amount, spentOn, document, PortalClock.today());
        em.persist(expenditure);
        em.flush();
        audit.record("expenditure.recorded", "project", projectId, null, "line=" + line.getDescription()
                + ", amount=" + amount + ", on=" + spentOn + ", document=" + expenditure.getDocument(), null);
    }

    /** The mayor records an indicator's value for a quarter; a second value for the same quarter replaces it. */
    @RolesAllowed(Role.MAYOR_NAME)
    public void measure(long projectId, long indicatorId, int year, int quarter, BigDecimal value) {
        Project project = implementing(projectId);
        Indicator indicator = em.find(Indicator.class, indicatorId);
        if (indicator == null || !indicator.getProject().equals(project)) {
            throw new NotFoundException();
        }
        IndicatorActual actual = em.createQuery("select a from IndicatorActual a where a.indicator = :i"
                        + " and a.year = :y and a.quarter = :q", IndicatorActual.class)
                .setParameter("i", indicator).setParameter("y", year).setParameter("q", quarter)
                .getResultStream().findFirst().orElse(null);
        String before = actual == null ? null : "value=" + actual.getValue();
        if (actual == null) {
            em.persist(new IndicatorActual(indicator, year, quarter, value));
        } else {
            actual.change(value);
        }
        em.flush();
        audit.record("indicator.measured", "project", projectId, before, "indicator=" + indicator.getName()
                + ", period=" + year + " Q" + quarter + ", value=" + value, null);
    }

    /** The mayor's quarterly progress report; a project manager is asked to review it. */
    @RolesAllowed(Role.MAYOR_NAME)
    public long report(long projectId, long seenVersion, int year, int quarter, String narrative, String issues) {
        Project project = implementing(projectId);
        Versions.require(project.getVersion(), seenVersion, audit::lastActorOf, "project", projectId);
        boolean pending = em.createQuery("select count(r) from ProgressReport r where r.project = :p and r.year = :y"
                        + " and r.quarter = :q and r.status <> org.birge.portal.project.domain.ReportStatus.RETURNED",
                        Long.class).setParameter("p", project).setParameter("y", year).setParameter("q", quarter)
                .getSingleResult() > 0;
        if (pending) {
            throw new DomainException("project.report.exists", year + " Q" + quarter);
        }
        ProgressReport report = new ProgressReport(project, year, quarter, narrative, issues);
        em.persist(report);
        // A report is a change of the project: a second press of the button finds a newer version.
        em.lock(project, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em, audit::lastActorOf, "project", projectId);
        audit.record("report.submitted", "project", projectId, null, "report=" + report.period(), null);
        workflow.openReview(project, report);
        return report.getId();
    }

    /**
     * The final evaluation, which ends implementation: the indicators' final values, the people reached
     * and the lessons learned; a project manager then closes the project or returns it.
     */
    @RolesAllowed(Role.MAYOR_NAME)
    public void evaluate(long projectId, long seenVersion, Map<Long, BigDecimal> finalValues, int peopleReached,
                         String lessons) {
        Project project = implementing(projectId);
        Versions.require(project.getVersion(), seenVersion, audit::lastActorOf, "project", projectId);
        String before = WorkflowService.describe(project);
        project.evaluate(finalValues, peopleReached, lessons);
        workflow.completeStepTask(project, WorkflowAction.SUBMIT);
        project.advance();
        Versions.flush(em, audit::lastActorOf, "project", projectId);
        audit.record("project.evaluated", "project", projectId, before, WorkflowService.describe(project)
                + ", peopleReached=" + peopleReached, lessons);
        workflow.openTask(project);
    }

    private Project implementing(long projectId) {
        Scope scope = caller.scope();
        Project project = ProjectAccess.readable(em, scope, projectId);
        if (scope.kind() != Scope.Kind.DISTRICT) {
            throw new AccessDeniedException();
        }
        if (project.getStatus() != ProjectStatus.IN_IMPLEMENTATION) {
            throw new DomainException("project.report.notInImplementation");
        }
        return project;
    }
}
