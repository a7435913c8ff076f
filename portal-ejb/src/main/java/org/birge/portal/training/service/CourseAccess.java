package org.birge.portal.training.service;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.birge.portal.org.domain.Role;
import org.birge.portal.training.domain.Course;
import org.birge.portal.training.domain.CourseStatus;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Who may read a course: a trainer every course, drafts included; project managers and administrators the
 * published and archived ones; mayors and governors the published ones, which make the catalogue.
 */
public final class CourseAccess {

    private CourseAccess() {
    }

    public static boolean mayRead(SessionContext context, CourseStatus status) {
        if (context.isCallerInRole(Role.TRAINER_NAME)) {
            return true;
        }
        return switch (status) {
            case PUBLISHED -> true;
            case ARCHIVED -> context.isCallerInRole(Role.PROJECT_MANAGER_NAME) || context.isCallerInRole(Role.ADMIN_NAME);
            case DRAFT -> false;
        };
    }

    /** The course, when the caller may read it; 404 when there is none, 403 when it is not for them. */
    public static Course readable(EntityManager em, SessionContext context, long id) {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw new NotFoundException();
        }
        if (!mayRead(context, course.getStatus())) {
            throw new AccessDeniedException();
        }
        return course;
    }

    /** Whether the course's materials list the file: a file removed from them is no longer served. */
    public static boolean listsFile(EntityManager em, long courseId, long attachmentId) {
        return em.createQuery("select count(c) from Course c join c.materials m where c.id = :course"
                        + " and m.attachmentId = :file", Long.class)
                .setParameter("course", courseId).setParameter("file", attachmentId).getSingleResult() > 0;
    }
}
