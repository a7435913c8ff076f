package org.birge.portal.project.service;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.TaskKind;

/**
 * Whether the course that the project's current step requires is still awaited: the step cannot be
 * approved until a current mayor of the project's district (a person with the mayor role assigned to that
 * district) holds a valid, not revoked, certificate of the course. Two statements at most, whatever the
 * number of certificates.
 */
final class CourseRequirements {

    /** The states in which a project waits for someone to approve its current step. */
    private static final List<ProjectStatus> WAITING = List.of(ProjectStatus.IN_REVIEW, ProjectStatus.IN_EVALUATION);

    private CourseRequirements() {
    }

    /** The course awaited: its code, its id and title in the catalogue (null and the code if it is not there). */
    record Awaited(String code, Long courseId, String title) {
    }

    /**
     * The tasks given, those whose step still awaits the district mayor's course marked; one statement for
     * the whole page.
     */
    static List<TaskRow> marked(EntityManager em, List<TaskRow> tasks) {
        List<Long> steps = tasks.stream().filter(t -> t.kind() == TaskKind.STEP).map(TaskRow::id).toList();
        if (steps.isEmpty()) {
            return tasks;
        }
        Set<Long> awaiting = new HashSet<>(em.createQuery("select t.id from Task t join t.project p join p.workflow w"
                        + " join w.steps s where t.id in :ids and index(s) = t.stepPosition"
                        + " and s.requiredCourse is not null and p.status in :waiting and not exists ("
                        + "select c from Certificate c where c.courseCode = s.requiredCourse and c.revokedAt is null"
                        + " and c.traineeUsername in (select o.username from Official o where o.district = p.district"
                        + " and o.roles like :mayor))", Long.class)
                .setParameter("ids", steps).setParameter("waiting", WAITING)
                .setParameter("mayor", "%" + Role.MAYOR.roleName() + "%").getResultList());
        return tasks.stream().map(t -> awaiting.contains(t.id()) ? t.awaitingTheCourse() : t).toList();
    }

    /** The course the current step of {@code project} still awaits, or null when it awaits none. */
    static Awaited awaited(EntityManager em, Project project) {
        String code = project.currentStep().getRequiredCourse();
        if (code == null || !WAITING.contains(project.getStatus())) {
            return null;
        }
        long holders = em.createQuery("select count(c) from Certificate c where c.courseCode = :code"
                        + " and c.revokedAt is null and c.traineeUsername in (select o.username from Official o"
                        + " where o.district.id = :district and o.roles like :mayor)", Long.class)
                .setParameter("code", code).setParameter("district", project.getDistrict().getId())
                .setParameter("mayor", "%" + Role.MAYOR.roleName() + "%").getSingleResult();
        if (holders > 0) {
            return null;
        }
        return em.createQuery("select c.id, c.title from Course c where c.code = :code", Object[].class)
                .setParameter("code", code).getResultStream().findFirst()
                .map(row -> new Awaited(code, (Long) row[0], (String) row[1]))
                .orElseGet(() -> new Awaited(code, null, code));
    }
}
