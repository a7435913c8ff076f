package org.birge.portal.project.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.DefinitionStatus;
import org.birge.portal.project.domain.StepDefinition;
import org.birge.portal.project.domain.WorkflowDefinition;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.training.domain.CourseStatus;
import org.birge.portal.shared.service.Names;

/**
 * The workflow definitions, as data: project managers read them, an administrator publishes a new
 * version (other working days allowed, other numbers of approvers, a course the district's mayor must have
 * completed before a step is approved), which new projects then follow.
 */
@Stateless
public class WorkflowDefinitionService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditService audit;

    /** Every version, the newest first, with the number of projects on each; there are few. */
    @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public List<DefinitionRow> definitions() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select p.workflow.id, count(p) from Project p group by p.workflow.id", Object[].class)
                .getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select w from WorkflowDefinition w order by w.code, w.revision desc",
                        WorkflowDefinition.class).setMaxResults(100).getResultList().stream()
                .map(w -> row(w, counts.getOrDefault(w.getId(), 0L))).toList();
    }

    /**
     * Publishes the next version of the published definition {@code id}, with the working days, approver
     * counts and required course (a published course's code, or none) given for each of its steps in
     * order; the version before is superseded and keeps its running projects.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public DefinitionRow publishNextVersion(long id, long seenVersion, List<StepDefinition.Change> changes) {
        WorkflowDefinition current = Versions.atVersion(em, audit::lastActorOf, WorkflowDefinition.class, id, seenVersion,
                "workflow_definition");
        if (current.getStatus() != DefinitionStatus.PUBLISHED) {
            throw new DomainException("project.workflow.notPublished");
        }
        WorkflowDefinition next = current.nextVersionWith(changes);
        requirePublishedCourses(next);
        current.supersede();
        Versions.flush(em, audit::lastActorOf, "workflow_definition", id);
        next.publish(Instant.now());
        em.persist(next);
        em.flush();
        // Recorded on both versions: whoever later finds the old one changed is told who superseded it.
        audit.record("workflow.superseded", "workflow_definition", id, "status=PUBLISHED", describe(current),
                "revision " + next.getRevision());
        audit.record("workflow.published", "workflow_definition", next.getId(), describe(current), describe(next),
                null);
        return row(next, 0);
    }

    /**
     * The courses a step can require, by code: the published ones, and any a version in force requires still,
     * even if it was archived since, so that the form shows the requirement as it is instead of silently
     * dropping it (publishing it again is then refused with a message naming the course). There are few.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<CourseChoice> courseChoices() {
        return em.createQuery("select new org.birge.portal.project.service.CourseChoice(c.code, c.title)"
                        + " from Course c where c.status = :published or c.code in (select s.requiredCourse"
                        + " from WorkflowDefinition w join w.steps s where w.status = :inForce) order by c.code",
                        CourseChoice.class)
                .setParameter("published", CourseStatus.PUBLISHED).setParameter("inForce", DefinitionStatus.PUBLISHED)
                .setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    private void requirePublishedCourses(WorkflowDefinition next) {
        List<String> codes = next.getSteps().stream().map(StepDefinition::getRequiredCourse)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            return;
        }
        List<String> published = em.createQuery("select c.code from Course c where c.code in :codes"
                        + " and c.status = :published", String.class)
                .setParameter("codes", codes).setParameter("published", CourseStatus.PUBLISHED).getResultList();
        for (String code : codes) {
            if (!published.contains(code)) {
                throw new DomainException("project.workflow.courseNotPublished", code);
            }
        }
    }

    private static DefinitionRow row(WorkflowDefinition w, long projects) {
        List<StepDefinition> steps = w.getSteps();
        return new DefinitionRow(w.getId(), w.getVersion(), w.getCode(), Names.of(w.getName()), w.getRevision(),
                w.getStatus(), w.getPublishedAt(),
                java.util.stream.IntStream.range(0, steps.size()).mapToObj(i -> {
                    StepDefinition s = steps.get(i);
                    return new DefinitionRow.StepRow(i, s.getCode(), s.getKind(), s.getResponsible(),
                            List.copyOf(s.getActions()), s.getSlaDays(), s.getRequiredApprovals(),
                            s.getRequiredCourse());
                }).toList(), projects);
    }

    private static String describe(WorkflowDefinition w) {
        StringBuilder text = new StringBuilder(w.getCode() + " v" + w.getRevision() + " " + w.getStatus() + ":");
        for (StepDefinition s : w.getSteps()) {
            text.append(' ').append(s.getCode()).append('(').append(s.getSlaDays()).append("d,")
                    .append(s.getRequiredApprovals())
                    .append(s.getRequiredCourse() == null ? "" : ",course=" + s.getRequiredCourse()).append(')');
        }
        return text.toString();
    }
}
