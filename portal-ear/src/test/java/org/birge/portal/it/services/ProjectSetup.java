package org.birge.portal.it.services;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.domain.AuditRecord;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Region;
import org.birge.portal.project.domain.Beneficiaries;
import org.birge.portal.project.domain.BudgetCategory;
import org.birge.portal.project.domain.BudgetLine;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.domain.Consultation;
import org.birge.portal.project.domain.Contribution;
import org.birge.portal.project.domain.Criterion;
import org.birge.portal.project.domain.DefinitionStatus;
import org.birge.portal.project.domain.FundingSource;
import org.birge.portal.project.domain.GrantCall;
import org.birge.portal.project.domain.Indicator;
import org.birge.portal.project.domain.Milestone;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.StepKind;
import org.birge.portal.project.domain.Task;
import org.birge.portal.project.domain.TaskKind;
import org.birge.portal.project.domain.TaskStatus;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.domain.WorkflowDefinition;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.PortalClock;

/**
 * Test data of the project tests written straight to the database through the domain (calls, drafts,
 * projects already at a given workflow step with the open task of that step), and read-outs of what the
 * services do not show as such (every task of a project, a project's state, the audit rows of a project).
 * The acting under test always goes through the services; this only prepares and observes.
 */
@Stateless
public class ProjectSetup {

    /** The appraisal sheet of every call made here: 100 points in all. */
    public static final List<Criterion> CRITERIA = List.of(new Criterion("Need", 40),
            new Criterion("Feasibility", 30), new Criterion("Community", 30));

    /** A project's cost and how it is funded in the complete proposals made here: 25 % local. */
    public static final long COST = 4_000_000;
    public static final long GRANT = 3_000_000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CalendarService calendar;

    /** A published call with the criteria above, taking proposals from yesterday for 60 days. */
    public long openCall(long maxGrant, int minSharePercent, Region... regions) {
        LocalDate today = PortalClock.today();
        return call(CallStatus.PUBLISHED, today.minusDays(1), today.plusDays(60), maxGrant, minSharePercent, regions);
    }

    /** A call in {@code status} (draft, published, or published and then closed) with the dates given. */
    public long call(CallStatus status, LocalDate opensOn, LocalDate closesOn, long maxGrant, int minSharePercent,
                     Region... regions) {
        List<Region> managed = Arrays.stream(regions).map(r -> em.find(Region.class, r.getId())).toList();
        GrantCall call = new GrantCall(new GrantCall.Terms(Fixtures.unique("Call"), "A call of the tests",
                Math.max(50_000_000, maxGrant * 10), maxGrant, minSharePercent, opensOn, closesOn, managed, CRITERIA));
        if (status != CallStatus.DRAFT) {
            call.publish();
        }
        if (status == CallStatus.CLOSED) {
            call.close();
        }
        em.persist(call);
        em.flush();
        return call.getId();
    }

    /** The published version of the local initiative workflow, which new projects start on. */
    public WorkflowDefinition currentWorkflow() {
        return em.createQuery("select w from WorkflowDefinition w where w.code = :code and w.status = :published",
                        WorkflowDefinition.class)
                .setParameter("code", WorkflowDefinition.LOCAL_INITIATIVE)
                .setParameter("published", DefinitionStatus.PUBLISHED)
                .getSingleResult();
    }

    /**
     * A complete proposal: one budget line of {@link #COST}, funded by {@code grant} from the programme and
     * the rest from the district and the community, one milestone, one indicator, beneficiaries and the
     * residents' consultation.
     */
    public static Project.Content content(String title, long grant) {
        LocalDate today = PortalClock.today();
        long local = COST - grant;
        return new Project.Content(title, "The children of the village have nowhere to play",
                "A playground next to the school", new Beneficiaries(500, 200, 10, 30, "A safe place to play"),
                new Consultation(today.minusDays(10), 80, "The residents chose the playground"),
                List.of(new BudgetLine.Item(null, BudgetCategory.EQUIPMENT, "Playground equipment",
                        BigDecimal.valueOf(2), COST / 2)),
                List.of(new Contribution(FundingSource.PROGRAMME_GRANT, grant),
                        new Contribution(FundingSource.DISTRICT_BUDGET, local * 7 / 10),
                        new Contribution(FundingSource.COMMUNITY, local - local * 7 / 10)),
                List.of(new Milestone.Item(null, "Equipment installed", today.plusDays(60))),
                List.of(new Indicator.Item(null, "Children playing there each day", "children",
                        BigDecimal.ZERO, BigDecimal.valueOf(50))));
    }

    /** A draft of {@code district} for the call with a complete proposal but no minutes attached. */
    public long draft(District district, long callId, String title) {
        Project project = new Project(em.find(District.class, district.getId()), em.find(GrantCall.class, callId),
                currentWorkflow(), title);
        project.edit(content(title, GRANT));
        em.persist(project);
        em.flush();
        return project.getId();
    }

    /** Where a project made by {@link #placed} stands: the project and the open task of its step. */
    public record Placed(long projectId, long taskId, long taskVersion, String title) {
    }

    /**
     * A complete proposal submitted and moved through the workflow's steps by the domain up to the step at
     * {@code position} (1 endorsement, 2 appraisal, 3 grant decision, 4 implementation, 5 evaluation in the
     * default workflow), with the open task of that step, opened and due on the days given (a null
     * {@code dueOn}: the step's working days after {@code openedOn}). Nothing is audited or notified.
     */
    public Placed placed(District district, long callId, String title, int position, LocalDate openedOn,
                         LocalDate dueOn) {
        Project project = new Project(em.find(District.class, district.getId()), em.find(GrantCall.class, callId),
                currentWorkflow(), title);
        project.edit(content(title, GRANT));
        project.submit(PortalClock.today(), Instant.now(), true);
        while (project.getStepPosition() < position) {
            if (project.currentStep().getKind() == StepKind.APPRAISAL) {
                Map<String, Integer> points = new HashMap<>();
                CRITERIA.forEach(c -> points.put(c.getName(), c.getMaxPoints()));
                project.appraise(points);
            }
            project.advance();
            if (project.getStatus() == ProjectStatus.CLOSED) {
                throw new IllegalArgumentException("the workflow has no step " + position);
            }
        }
        em.persist(project);
        em.flush();
        Task task = Task.forStep(project, openedOn, dueOn != null ? dueOn
                : calendar.dueDate(openedOn, project.currentStep().getSlaDays()));
        em.persist(task);
        em.flush();
        return new Placed(project.getId(), task.getId(), task.getVersion(), title);
    }

    /** Another open task for the step the project is at, as if opened twice. */
    public long extraTask(long projectId) {
        Project project = em.find(Project.class, projectId);
        LocalDate today = PortalClock.today();
        Task task = Task.forStep(project, today, today.plusDays(30));
        em.persist(task);
        em.flush();
        return task.getId();
    }

    /** Moves a call's dates, as time passing would. */
    public void moveCallDates(long callId, LocalDate opensOn, LocalDate closesOn) {
        em.createNativeQuery("update grant_call set opens_on = ?, closes_on = ? where id = ?")
                .setParameter(1, opensOn).setParameter(2, closesOn).setParameter(3, callId).executeUpdate();
    }

    /** A task as the tests look at it. */
    public record TaskState(long id, long version, TaskKind kind, String stepCode, int stepPosition,
                            Responsible responsible, TaskStatus status, LocalDate openedOn, LocalDate dueOn,
                            int requiredApprovals, String firstApprover, String completedBy, WorkflowAction outcome,
                            LocalDate escalatedOn, Long reportId) {
    }

    /** Every task of the project, the oldest first. */
    public List<TaskState> tasks(long projectId) {
        return em.createQuery("select t from Task t where t.project.id = :p order by t.id", Task.class)
                .setParameter("p", projectId).getResultList().stream()
                .map(t -> new TaskState(t.getId(), t.getVersion(), t.getKind(), t.getStepCode(), t.getStepPosition(),
                        t.getResponsible(), t.getStatus(), t.getOpenedOn(), t.getDueOn(), t.getRequiredApprovals(),
                        t.getFirstApprover(), t.getCompletedBy(), t.getOutcome(), t.getEscalatedOn(),
                        t.getReportId()))
                .toList();
    }

    public List<TaskState> openTasks(long projectId) {
        return tasks(projectId).stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
    }

    public TaskState task(long taskId) {
        Task t = em.find(Task.class, taskId);
        return new TaskState(t.getId(), t.getVersion(), t.getKind(), t.getStepCode(), t.getStepPosition(),
                t.getResponsible(), t.getStatus(), t.getOpenedOn(), t.getDueOn(), t.getRequiredApprovals(),
                t.getFirstApprover(), t.getCompletedBy(), t.getOutcome(), t.getEscalatedOn(), t.getReportId());
    }

    /** A project as the tests look at it. */
    public record ProjectState(long id, long version, ProjectStatus status, int stepPosition, String stepCode,
                               int round, String title, long grantRequested, long grantApproved, long workflowId,
                               int workflowRevision) {
    }

    public ProjectState project(long projectId) {
        Project p = em.find(Project.class, projectId);
        return new ProjectState(p.getId(), p.getVersion(), p.getStatus(), p.getStepPosition(),
                p.currentStep().getCode(), p.getRound(), p.getTitle(), p.getGrantRequested(), p.getGrantApproved(),
                p.getWorkflow().getId(), p.getWorkflow().getRevision());
    }

    /** The actions audited for the project, the oldest first. */
    public List<String> auditedActions(long projectId) {
        return auditRows(projectId).stream().map(AuditRecord::getAction).toList();
    }

    /** "action by actor" for each audit row of the project, the oldest first. */
    public List<String> auditedActionsWithActors(long projectId) {
        return auditRows(projectId).stream().map(a -> a.getAction() + " by " + a.getActor()).toList();
    }

    public long countAudited(long projectId, String action) {
        return em.createQuery("select count(a) from AuditRecord a where a.subjectType = 'project'"
                        + " and a.subjectId = :id and a.action = :action", Long.class)
                .setParameter("id", projectId).setParameter("action", action).getSingleResult();
    }

    /** The comments of the project's audit rows of one action, the oldest first. */
    public List<String> auditedComments(long projectId, String action) {
        return auditRows(projectId).stream().filter(a -> a.getAction().equals(action)).map(AuditRecord::getComment)
                .toList();
    }

    private List<AuditRecord> auditRows(long projectId) {
        return em.createQuery("select a from AuditRecord a where a.subjectType = 'project' and a.subjectId = :id"
                + " order by a.sequence", AuditRecord.class).setParameter("id", projectId).getResultList();
    }

    /** Whether someone with this username has a record in the portal. */
    public boolean hasRecord(String username) {
        return !em.createNamedQuery("Official.byUsername", Official.class).setParameter("username", username)
                .getResultList().isEmpty();
    }
}
