package org.birge.portal.training.service;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.TrainingSession;

/**
 * Who may see a trainee's records and who records a session: the trainee themselves, the people who run the
 * training (trainers, project managers, administrators) and the governor of the trainee's region read them;
 * a session's own trainers record its attendance and scores. Another mayor or governor is refused.
 */
final class TrainingAccess {

    private TrainingAccess() {
    }

    static TrainingSession session(EntityManager em, long id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new NotFoundException();
        }
        return session;
    }

    /** The session, when the caller is one of its trainers; 403 for any other trainer. */
    static TrainingSession trainedBy(EntityManager em, Caller caller, long sessionId) {
        TrainingSession session = session(em, sessionId);
        if (!session.isTrainer(caller.username())) {
            throw new AccessDeniedException();
        }
        return session;
    }

    /** The enrolment, when the caller may read the trainee's records; 403 otherwise. */
    static Enrolment readableEnrolment(EntityManager em, Caller caller, SessionContext context, long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException();
        }
        requireReadable(caller, context, enrolment.getTrainee().getUsername(), enrolment.getTrainee().getRegionId());
        return enrolment;
    }

    /** Refuses unless the caller is the trainee, runs the training, or governs the trainee's region. */
    static void requireReadable(Caller caller, SessionContext context, String traineeUsername,
                                Long traineeRegionId) {
        if (caller.username().equals(traineeUsername) || runsTraining(context)) {
            return;
        }
        if (context.isCallerInRole(Role.GOVERNOR_NAME) && traineeRegionId != null) {
            Scope scope = caller.scope();
            if (scope.kind() == Scope.Kind.REGION && traineeRegionId.equals(scope.regionId())) {
                return;
            }
        }
        throw new AccessDeniedException();
    }

    /** Whether the caller runs the training (of any role they hold, not only the first). */
    static boolean runsTraining(SessionContext context) {
        return context.isCallerInRole(Role.TRAINER_NAME) || context.isCallerInRole(Role.PROJECT_MANAGER_NAME)
                || context.isCallerInRole(Role.ADMIN_NAME);
    }
}
