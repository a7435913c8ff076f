package org.birge.portal.training.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.training.domain.Course;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.Evaluation;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.domain.TrainingSession;

/**
 * Evaluations of sessions: a trainee who attended a completed session answers once, with three ratings from
 * 1 to 5 and an optional comment; trainers and project managers read the figures of a session or of a
 * course and the comments, never who gave which answer. The figures are counted in the database, in one
 * statement each.
 */
@Stateless
public class EvaluationService {

    private static final List<EnrolmentStatus> ATTENDED = List.of(EnrolmentStatus.COMPLETED,
            EnrolmentStatus.NOT_COMPLETED);
    private static final String[] RATINGS = {"usefulness", "trainerRating", "organisation"};

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    /** The session the caller is asked to evaluate, by their enrolment; only their own. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public EvaluationTarget target(long enrolmentId) {
        Enrolment enrolment = own(enrolmentId);
        TrainingSession session = enrolment.getSession();
        boolean open = session.getStatus() == SessionStatus.COMPLETED && ATTENDED.contains(enrolment.getStatus());
        return new EvaluationTarget(enrolment.getId(), session.getCourse().getCode(), session.getCourse().getTitle(),
                session.getFirstDay(), session.getLastDay(), enrolment.getStatus(), open, answered(enrolmentId));
    }

    /**
     * The caller's evaluation of the session of their enrolment: once, after the session was completed, if
     * they attended it. A second answer is refused, also when two arrive at the same moment.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public long submit(long enrolmentId, int usefulness, int trainerRating, int organisation, String comment) {
        Enrolment enrolment = own(enrolmentId);
        if (answered(enrolmentId)) {
            throw new PortalException("training.evaluation.already");
        }
        Evaluation evaluation = new Evaluation(enrolment, usefulness, trainerRating, organisation, comment);
        try {
            em.persist(evaluation);
            em.flush();
        } catch (PersistenceException e) {
            if (Versions.isUniqueViolation(e)) {
                throw new PortalException("training.evaluation.already");
            }
            throw e;
        }
        audit.record("training.evaluation.submitted", "evaluation", evaluation.getId(), null,
                "session=" + evaluation.getSessionId() + (evaluation.getComment() == null ? "" : ", with a comment"),
                null);
        return evaluation.getId();
    }

    /** The figures of one session's evaluations. */
    @RolesAllowed({Role.TRAINER_NAME, Role.PROJECT_MANAGER_NAME})
    public EvaluationFigures sessionFigures(long sessionId) {
        TrainingSession session = TrainingAccess.session(em, sessionId);
        long attended = em.createQuery("select count(e) from Enrolment e where e.session.id = :id"
                        + " and e.status in :attended", Long.class)
                .setParameter("id", sessionId).setParameter("attended", ATTENDED).getSingleResult();
        return figures("v.sessionId", sessionId, session.getCourse(), session, attended);
    }

    /** The figures of the evaluations of all sessions of a course. */
    @RolesAllowed({Role.TRAINER_NAME, Role.PROJECT_MANAGER_NAME})
    public EvaluationFigures courseFigures(long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new NotFoundException();
        }
        long attended = em.createQuery("select count(e) from Enrolment e where e.session.course.id = :id"
                        + " and e.status in :attended", Long.class)
                .setParameter("id", courseId).setParameter("attended", ATTENDED).getSingleResult();
        return figures("v.courseId", courseId, course, null, attended);
    }

    /** The comments of one session's evaluations, newest first. */
    @RolesAllowed({Role.TRAINER_NAME, Role.PROJECT_MANAGER_NAME})
    public Page<EvaluationComment> sessionComments(long sessionId, PageRequest page) {
        TrainingAccess.session(em, sessionId);
        return comments("v.sessionId", sessionId, page);
    }

    /** The comments of the evaluations of all sessions of a course, newest first. */
    @RolesAllowed({Role.TRAINER_NAME, Role.PROJECT_MANAGER_NAME})
    public Page<EvaluationComment> courseComments(long courseId, PageRequest page) {
        if (em.find(Course.class, courseId) == null) {
            throw new NotFoundException();
        }
        return comments("v.courseId", courseId, page);
    }

    private Enrolment own(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException();
        }
        if (!enrolment.getTrainee().getUsername().equals(caller.username())) {
            throw new AccessDeniedException();
        }
        return enrolment;
    }

    private boolean answered(long enrolmentId) {
        return em.createQuery("select count(v) from Evaluation v where v.enrolmentId = :id", Long.class)
                .setParameter("id", enrolmentId).getSingleResult() > 0;
    }

    /** The count and sums in one statement, and how many gave each value of each rating in one per rating. */
    private EvaluationFigures figures(String column, long id, Course course, TrainingSession session, long attended) {
        Object[] sums = em.createQuery("select count(v), sum(v.usefulness), sum(v.trainerRating), sum(v.organisation)"
                + " from Evaluation v where " + column + " = :id", Object[].class).setParameter("id", id)
                .getSingleResult();
        long answers = number(sums[0]);
        List<List<Long>> counts = new ArrayList<>();
        for (String rating : RATINGS) {
            Long[] distribution = new Long[Evaluation.MAX_RATING];
            java.util.Arrays.fill(distribution, 0L);
            em.createQuery("select v." + rating + ", count(v) from Evaluation v where " + column + " = :id group by v."
                            + rating, Object[].class).setParameter("id", id).getResultList()
                    .forEach(r -> distribution[((Number) r[0]).intValue() - 1] = number(r[1]));
            counts.add(List.of(distribution));
        }
        return new EvaluationFigures(course.getId(), course.getCode(), course.getTitle(),
                session == null ? null : session.getId(), session == null ? null : session.getFirstDay(),
                session == null ? null : session.getLastDay(), answers, attended, average(sums[1], answers),
                average(sums[2], answers), average(sums[3], answers), counts.get(0), counts.get(1), counts.get(2));
    }

    private static Double average(Object sum, long count) {
        return count == 0 ? null : number(sum) / (double) count;
    }

    private Page<EvaluationComment> comments(String column, long id, PageRequest page) {
        String where = " from Evaluation v, TrainingSession s where s.id = v.sessionId and " + column + " = :id"
                + " and v.comment is not null";
        List<EvaluationComment> rows = em.createQuery("select new org.birge.portal.training.service.EvaluationComment("
                        + "v.id, v.createdAt, v.comment, s.id, s.firstDay)" + where
                        + " order by v.createdAt desc, v.id desc", EvaluationComment.class)
                .setParameter("id", id).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(v)" + where, Long.class).setParameter("id", id).getSingleResult();
        return new Page<>(rows, total);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
