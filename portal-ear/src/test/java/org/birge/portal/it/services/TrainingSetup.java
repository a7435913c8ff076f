package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.birge.portal.training.domain.TrainingSession;
import org.birge.portal.training.domain.Trainee;

/**
 * Test data of the training tests written straight to the database through the domain: courses with a
 * completion rule, sessions moved to the state a test needs, trainees holding seats, attendance and scores
 * recorded, sessions completed with their outcomes decided and certificates issued (what the session
 * service does when a trainer completes a session). The acting under test always goes through the services.
 */
@Stateless
public class TrainingSetup {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A published course with a code sorting after the demo ones ("ZT-..."). */
    public long course(int minAttendancePercent, int passMark, int hours) {
        Course course = new Course(Fixtures.unique("ZT"), new Course.Details(
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

    public EnrolmentStatus status(long enrolmentId) {
        return em.find(Enrolment.class, enrolmentId).getStatus();
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
