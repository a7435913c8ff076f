package org.birge.portal.project.service;

import jakarta.persistence.EntityManager;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.ProjectStatus;

/**
 * Whether the course that the project's current step requires is still awaited: the step cannot be
 * approved until a current mayor of the project's district (a person with the mayor role assigned to that
 * district) holds a valid, not revoked, certificate of the course. Two statements at most, whatever the
 * number of certificates.
 */
final class CourseRequirements {

    private CourseRequirements() {
    }

    /** The course awaited: its code, its id and title in the catalogue (null and the code if it is not there). */
    record Awaited(String code, Long courseId, String title) {
    }

    /** The course the current step of {@code project} still awaits, or null when it awaits none. */
    static Awaited awaited(EntityManager em, Project project) {
        String code = project.currentStep().getRequiredCourse();
        if (code == null || project.getStatus() != ProjectStatus.IN_REVIEW
                && project.getStatus() != ProjectStatus.IN_EVALUATION) {
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
