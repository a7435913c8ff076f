package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.birge.portal.notify.domain.Notification;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.domain.CompletionRule;
import org.birge.portal.training.domain.Course;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.TrainingSession;

/**
 * Test data of the enrolment tests written straight to the database through the domain (published courses,
 * sessions open for enrolment), and read-outs of what the services do not show as such (every enrolment of a
 * session in the order people came, audit rows, notifications). Beside {@link TrainingSetup}, it sets what
 * enrolment turns on: the hours and days of a session (for overlaps), an online link, the course's target roles.
 * Course codes come from {@link TrainingSetup#code()}. The enrolling itself always goes through the service.
 */
@Stateless
public class EnrolmentSetup {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A published course for mayors, with a unique code; returns its id. */
    public long course(String title) {
        return course(title, EnumSet.of(Role.MAYOR, Role.GOVERNOR));
    }

    public long course(String title, Set<Role> targetRoles) {
        Course course = new Course(TrainingSetup.code(), new Course.Details(title, "A course of the tests", null,
                null, targetRoles, 8, new CompletionRule(80, 60)));
        course.publish();
        em.persist(course);
        return course.getId();
    }

    /** A session of the course on {@code days} from {@code starts} to {@code ends}, open for enrolment. */
    public long openSession(long courseId, int capacity, Collection<LocalDate> days, LocalTime starts, LocalTime ends,
                            String venue, String link, String... trainers) {
        TrainingSession session = new TrainingSession(em.find(Course.class, courseId), new TrainingSession.Plan(days,
                starts, ends, venue, link, capacity, List.of(trainers)));
        session.openEnrolment(PortalClock.today());
        em.persist(session);
        return session.getId();
    }

    /** A session of a new course, in 30 days, 10:00 to 13:00, open for enrolment. */
    public long openSession(int capacity, String... trainers) {
        LocalDate day = PortalClock.today().plusDays(30);
        return openSession(course(Fixtures.unique("Course")), capacity, List.of(day), LocalTime.of(10, 0),
                LocalTime.of(13, 0), "Test hall", null, trainers);
    }

    public void cancel(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        session.cancel("Cancelled by the tests");
        em.createQuery("select e from Enrolment e where e.session = :s", Enrolment.class).setParameter("s", session)
                .getResultList().forEach(Enrolment::sessionCancelled);
    }

    /** An enrolment as the tests see it. */
    public record Place(long id, long version, String username, EnrolmentStatus status, String nominatedBy) {
    }

    /** Every enrolment of the session, in the order people joined. */
    public List<Place> places(long sessionId) {
        return em.createQuery("select e from Enrolment e where e.session.id = :s order by e.queuedAt, e.id",
                        Enrolment.class)
                .setParameter("s", sessionId).getResultList().stream()
                .map(e -> new Place(e.getId(), e.getVersion(), e.getTrainee().getUsername(), e.getStatus(),
                        e.getNominatedBy()))
                .toList();
    }

    public Place place(long sessionId, String username) {
        return places(sessionId).stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }

    public long countAudited(long enrolmentId, String action) {
        return em.createQuery("select count(a) from AuditRecord a where a.subjectType = 'enrolment'"
                        + " and a.subjectId = :id and a.action = :action", Long.class)
                .setParameter("id", enrolmentId).setParameter("action", action).getSingleResult();
    }

    /** The message keys of the person's notifications, oldest first. */
    public List<String> notifications(String username) {
        return em.createQuery("select n from Notification n where n.recipient = :u order by n.createdAt, n.id",
                        Notification.class)
                .setParameter("u", username).getResultList().stream().map(Notification::getMessageKey).toList();
    }
}
