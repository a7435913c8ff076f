package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.birge.portal.audit.domain.AuditRecord;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.domain.Certificate;
import org.birge.portal.training.domain.CompletionRule;
import org.birge.portal.training.domain.Course;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.Trainee;
import org.birge.portal.training.domain.TrainingSession;

/**
 * Training test data written straight to the database through the domain's own constructors and verbs:
 * a published course, a session of it in the state a test needs, people enrolled, and what a trainer
 * recorded about them; sessions completed with their outcomes decided and certificates issued; read-outs of
 * what the services do not show as such. Codes start with "ZT-" so that they sort after the demo courses.
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

    // The assessment tests: sessions run and completed as the session service does it, and read-outs.

    /** A published course of {@code hours} hours whose code and title sort after the demo ones. */
    public long course(int minAttendancePercent, int passMark, int hours) {
        Course course = new Course(code(), new Course.Details(
                "Яшма: курс тестов " + Fixtures.unique("T"), "A course of the tests", null, null, EnumSet.of(Role.MAYOR),
                hours, new CompletionRule(minAttendancePercent, passMark)));
        course.publish();
        em.persist(course);
        em.flush();
        return course.getId();
    }

    /**
     * A session of the course, open for enrolment, on {@code dayCount} consecutive days that ended yesterday,
     * trained by {@code trainers}.
     */
    public long openSession(long courseId, int dayCount, String... trainers) {
        LocalDate first = PortalClock.today().minusDays(dayCount);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < dayCount; i++) {
            days.add(first.plusDays(i));
        }
        TrainingSession session = new TrainingSession(em.find(Course.class, courseId), new TrainingSession.Plan(days,
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0), "Усть-Каменогорск, акимат", null, 50,
                List.of(trainers)));
        session.openEnrolment(first.minusDays(10));
        em.persist(session);
        em.flush();
        return session.getId();
    }

    /** A confirmed seat in an open session. */
    public long enrol(long sessionId, String username, String name, Long districtId, Long regionId) {
        Enrolment enrolment = new Enrolment(em.find(TrainingSession.class, sessionId),
                new Trainee(username, name, districtId, regionId), null, true, Instant.now());
        enrolment.confirm();
        em.persist(enrolment);
        em.flush();
        return enrolment.getId();
    }

    /** Starts the session on its first day. */
    public void start(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        session.start(session.getFirstDay());
    }

    /** Records directly that the trainee was present on the first {@code days} days, and their scores. */
    public void record(long enrolmentId, int days, Integer pre, Integer post) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        enrolment.getSession().getDays().stream().limit(days).forEach(d -> enrolment.markAttendance(d, true));
        enrolment.recordScores(pre, post);
    }

    /**
     * Completes the session on its last day, decides each outcome by the course's rule and issues the
     * certificates of those who completed it, dated the last day.
     */
    public void complete(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        session.complete(session.getLastDay());
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.session.id = :id",
                Enrolment.class).setParameter("id", sessionId).getResultList();
        for (Enrolment enrolment : enrolments) {
            if (enrolment.decide()) {
                em.persist(new Certificate(enrolment, session.getLastDay()));
            }
        }
        em.flush();
    }

    /** The enrolment's days present and scores as stored. */
    public String recorded(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        return enrolment.getDaysPresent().size() + " days, pre=" + enrolment.getPreScore() + ", post="
                + enrolment.getPostScore();
    }

    public long version(long enrolmentId) {
        return em.find(Enrolment.class, enrolmentId).getVersion();
    }

    public Set<LocalDate> days(long sessionId) {
        return em.find(TrainingSession.class, sessionId).getDays();
    }

    /** The certificate issued for the enrolment; null when none. */
    public Long certificateOf(long enrolmentId) {
        return em.createQuery("select c.id from Certificate c where c.enrolmentId = :id", Long.class)
                .setParameter("id", enrolmentId).getResultStream().findFirst().orElse(null);
    }

    public String codeOf(long certificateId) {
        return em.find(Certificate.class, certificateId).getCode();
    }

    public long certificateVersion(long certificateId) {
        return em.find(Certificate.class, certificateId).getVersion();
    }

    /** The audit rows of one record with one action, as "action by actor" lines, oldest first. */
    public List<String> audit(String subjectType, long subjectId, String action) {
        return em.createQuery("select a from AuditRecord a where a.subjectType = :type and a.subjectId = :id"
                        + " and a.action = :action order by a.sequence", AuditRecord.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).setParameter("action", action)
                .getResultList().stream().map(a -> a.getAction() + " by " + a.getActor()).toList();
    }

    /** The arguments of a person's notifications of one kind. */
    public List<List<String>> notifications(String recipient, String kind) {
        return em.createQuery("select n from Notification n where n.recipient = :r and n.kind = :k order by n.id",
                        org.birge.portal.notify.domain.Notification.class)
                .setParameter("r", recipient).setParameter("k", kind).getResultList().stream()
                .map(org.birge.portal.notify.domain.Notification::argumentList).toList();
    }

    public long evaluations(long enrolmentId) {
        return em.createQuery("select count(v) from Evaluation v where v.enrolmentId = :id", Long.class)
                .setParameter("id", enrolmentId).getSingleResult();
    }

    public long evaluationId(long enrolmentId) {
        return em.createQuery("select v.id from Evaluation v where v.enrolmentId = :id", Long.class)
                .setParameter("id", enrolmentId).getSingleResult();
    }
}
