package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.birge.portal.org.domain.Role;
import org.birge.portal.training.domain.CompletionRule;
import org.birge.portal.training.domain.Course;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.Trainee;
import org.birge.portal.training.domain.TrainingSession;

/**
 * Training test data written straight to the database through the domain's own constructors and verbs:
 * a published course, a session of it in the state a test needs, people enrolled, and what a trainer
 * recorded about them. Codes start with "ZT-" so that they sort after the demo courses.
 */
@Stateless
public class TrainingSetup {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A new course code, unique and sorting after the demo ones. */
    public static String code() {
        return Fixtures.unique("ZT");
    }

    /** A published course for mayors of 16 hours, completed with {@code minAttendancePercent} and {@code passMark}. */
    public long course(String code, String title, int minAttendancePercent, int passMark) {
        Course course = new Course(code, new Course.Details(title, null, null, null, Set.of(Role.MAYOR), 16,
                new CompletionRule(minAttendancePercent, passMark)));
        course.publish();
        em.persist(course);
        em.flush();
        return course.getId();
    }

    /** A session of the course on {@code days}, in a venue, trained by {@code trainer}; opened for enrolment when asked. */
    public long session(long courseId, Collection<LocalDate> days, int capacity, String trainer, boolean open) {
        TrainingSession session = new TrainingSession(em.find(Course.class, courseId), new TrainingSession.Plan(days,
                LocalTime.of(10, 0), LocalTime.of(17, 0), "Test venue", null, capacity, List.of(trainer)));
        if (open) {
            session.openEnrolment(days.stream().min(LocalDate::compareTo).orElseThrow());
        }
        em.persist(session);
        em.flush();
        return session.getId();
    }

    /** Enrols {@code username} in an open session, into a seat when {@code seatFree}, on the waiting list otherwise. */
    public long enrol(long sessionId, String username, Long districtId, Long regionId, boolean seatFree) {
        Enrolment enrolment = new Enrolment(em.find(TrainingSession.class, sessionId),
                new Trainee(username, "Trainee " + username, districtId, regionId), null, seatFree, Instant.now());
        em.persist(enrolment);
        em.flush();
        return enrolment.getId();
    }

    /** What the trainer recorded of a running session: the days present and the scores. */
    public void record(long enrolmentId, Collection<LocalDate> present, Integer pre, Integer post) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        present.forEach(day -> enrolment.markAttendance(day, true));
        enrolment.recordScores(pre, post);
    }

    public EnrolmentStatus status(long enrolmentId) {
        return em.find(Enrolment.class, enrolmentId).getStatus();
    }

    /** The usernames holding a certificate of the session, in order. */
    public List<String> certificateHolders(long sessionId) {
        return em.createQuery("select c.traineeUsername from Certificate c, Enrolment e where c.enrolmentId = e.id"
                        + " and e.session.id = :s order by c.traineeUsername", String.class)
                .setParameter("s", sessionId).getResultList();
    }
}
