package org.birge.portal.project.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.Attachment;
import org.birge.portal.project.domain.ProgressReport;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.TaskStatus;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.PortalClock;

/**
 * Builds a project's page from a fixed number of statements, whatever the project holds: the project
 * with its collections, the spending per budget line, the indicators' values, reports, files and tasks.
 */
final class ProjectViews {

    private ProjectViews() {
    }

    static ProjectView build(EntityManager em, Project p, Scope scope, String role, String username) {
        District d = p.getDistrict();
        Map<Long, Long> spentByLine = new HashMap<>();
        em.createQuery("select e.line.id, sum(e.amount) from Expenditure e where e.projectId = :p group by e.line.id",
                Object[].class).setParameter("p", p.getId()).getResultList()
                .forEach(r -> spentByLine.put((Long) r[0], ((Number) r[1]).longValue()));
        long spent = spentByLine.values().stream().mapToLong(Long::longValue).sum();
        // The latest value of each indicator: one statement, the later periods overwriting the earlier ones.
        Map<Long, Object[]> latest = new HashMap<>();
        em.createQuery("select a.indicator.id, a.year, a.quarter, a.value from IndicatorActual a"
                        + " where a.projectId = :p order by a.year, a.quarter", Object[].class)
                .setParameter("p", p.getId()).getResultList()
                .forEach(row -> latest.put((Long) row[0], row));
        List<TaskRow> tasks = em.createQuery(WorkflowService.TASK_ROW + " where p.id = :p and t.status = :open"
                + " order by t.dueOn, t.id", TaskRow.class).setParameter("p", p.getId())
                .setParameter("open", TaskStatus.OPEN).getResultList();
        boolean mayorHere = role.equals(Role.MAYOR_NAME) && scope.kind() == Scope.Kind.DISTRICT
                && d.getId().equals(scope.districtId());
        var header = new ProjectView.Header(p.getId(), p.getVersion(), p.reference(), p.getTitle(), p.getStatus(),
                p.currentStep().getCode(), p.getRound(), Names.of(d.getName()), Names.of(d.getRegion().getName()),
                p.getCall().getId(), p.getCall().getTitle(), p.getCall().getMaxGrant(),
                p.getCall().getMinCofinancingPercent(), Names.of(p.getWorkflow().getName()),
                p.getWorkflow().getRevision(), p.getTotalCost(), p.getGrantRequested(), p.getGrantApproved(), spent,
                p.localSharePercent(), p.getSubmittedAt(), p.getPeopleReached(), p.getLessonsLearned());
        var b = p.getBeneficiaries();
        var c = p.getConsultation();
        var proposal = new ProjectView.Proposal(p.getProblem(), p.getSolution(), b.getTotal(), b.getChildren(),
                b.getWithDisabilities(), b.getVulnerableFamilies(), b.getBenefit(), c.getHeldOn(), c.getParticipants(),
                c.getDecision());
        LocalDate today = PortalClock.today();
        CourseRequirements.Awaited awaited = CourseRequirements.awaited(em, p);
        return new ProjectView(header, proposal,
                p.getFunding().stream().map(f -> new ProjectView.Money(f.getSource(), f.getAmount())).toList(),
                p.getBudgetLines().stream().map(l -> new ProjectView.Line(l.getId(), l.getCategory(),
                        l.getDescription(), l.getQuantity(), l.getUnitCost(), l.total(),
                        spentByLine.getOrDefault(l.getId(), 0L))).toList(),
                p.getMilestones().stream().map(m -> new ProjectView.Step(m.getId(), m.getVersion(), m.getTitle(),
                        m.getDueOn(), m.getReachedOn(), m.getStatus(), m.isLate(today))).toList(),
                p.getIndicators().stream().map(i -> {
                    Object[] a = latest.get(i.getId());
                    return new ProjectView.Measure(i.getId(), i.getName(), i.getUnit(), i.getBaseline(),
                            i.getTarget(), a == null ? null : (java.math.BigDecimal) a[3],
                            a == null ? null : a[1] + " Q" + a[2], i.getFinalValue());
                }).toList(),
                p.getScores().stream().map(s -> new ProjectView.Points(s.getCriterion(), s.getPoints(),
                        s.getMaxPoints())).toList(),
                em.createQuery("select r from ProgressReport r where r.project = :p order by r.year desc,"
                                + " r.quarter desc, r.id desc", ProgressReport.class)
                        .setParameter("p", p).setMaxResults(40).getResultList().stream()
                        .map(r -> new ProjectView.Report(r.getId(), r.getYear(), r.getQuarter(), r.getStatus(),
                                r.getNarrative(), r.getIssues(), r.getReviewComment(), r.getCreatedAt())).toList(),
                em.createQuery("select a from Attachment a where a.projectId = :p order by a.id", Attachment.class)
                        .setParameter("p", p.getId()).setMaxResults(100).getResultList().stream()
                        .map(a -> new ProjectView.File(a.getId(), a.getPurpose(), a.getFileName(),
                                a.getType().mediaType(), a.getSize(), a.getReportId())).toList(),
                tasks.stream().filter(t -> ProjectAccess.canAct(scope, role, t.responsible(),
                        p.getDistrict().getId(), p.getDistrict().getRegion().getId())
                        && !username.equals(t.firstApprover())).toList(),
                new ProjectView.Permissions(mayorHere && p.getStatus().isEditable(),
                        mayorHere && p.getStatus() == ProjectStatus.IN_IMPLEMENTATION,
                        mayorHere && p.getStatus() == ProjectStatus.IN_IMPLEMENTATION),
                awaited == null ? null : new ProjectView.CourseWait(awaited.code(), awaited.title(),
                        awaited.courseId(), mayorHere));
    }
}
