package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.DefinitionStatus;
import org.birge.portal.project.domain.StepDefinition;
import org.birge.portal.project.domain.WorkflowDefinition;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.domain.Certificate;
import org.birge.portal.training.domain.CompletionRule;
import org.birge.portal.training.domain.Course;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.Evaluation;
import org.birge.portal.training.domain.Trainee;
import org.birge.portal.training.domain.TrainingSession;

/**
 * Training that already happened, written straight to the database through the domain's own verbs:
 * courses, sessions run from their first to their last day, enrolments with attendance and scores, the
 * certificates of those who completed, evaluations and revocations. The tests of the workflow use it to
 * give a district's mayor the courses a step requires; the oversight tests to build their figures.
 */
@Stateless
public class PastTraining {

    /** Completed by whoever attends every day and scores at least 60 points in the post-test. */
    public static final CompletionRule RULE = new CompletionRule(80, 60);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The course {@code code}, published for {@code targets}, made if the catalogue does not hold it. */
    public long course(String code, Role... targets) {
        Optional<Course> existing = em.createNamedQuery("Course.byCode", Course.class).setParameter("code", code)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Course course = new Course(code, new Course.Details("Course " + code, "A course of the tests", null, null,
                targets.length == 0 ? EnumSet.of(Role.MAYOR) : EnumSet.copyOf(Arrays.asList(targets)), 8, RULE));
        course.publish();
        em.persist(course);
        em.flush();
        return course.getId();
    }

    /** A draft course, which runs no session and counts for nothing yet. */
    public long draftCourse(String code) {
        Course course = new Course(code, new Course.Details("Draft " + code, null, null, null, EnumSet.of(Role.MAYOR),
                8, RULE));
        em.persist(course);
        em.flush();
        return course.getId();
    }

    /** Archives the published course of that code, as its trainer would. */
    public void archive(String code) {
        em.createNamedQuery("Course.byCode", Course.class).setParameter("code", code).getSingleResult().archive();
    }

    /** A session of the course on {@code days}, open for enrolment as on its first day. */
    public long session(long courseId, LocalDate... days) {
        TrainingSession session = new TrainingSession(em.find(Course.class, courseId), new TrainingSession.Plan(
                List.of(days), LocalTime.of(10, 0), LocalTime.of(17, 0), "Training centre", null, 30,
                List.of("trainer.test")));
        session.openEnrolment(session.getFirstDay());
        em.persist(session);
        em.flush();
        return session.getId();
    }

    /** Enrols a trainee of {@code district} into a seat, or onto the waiting list when {@code seat} is false. */
    public long enrol(long sessionId, String username, District district, boolean seat) {
        District place = district == null ? null : em.find(District.class, district.getId());
        Enrolment enrolment = new Enrolment(em.find(TrainingSession.class, sessionId), new Trainee(username,
                "Trainee " + username, place == null ? null : place.getId(),
                place == null ? null : place.getRegion().getId()), null, seat, Instant.now());
        em.persist(enrolment);
        em.flush();
        return enrolment.getId();
    }

    /** Withdraws an enrolment before the session runs. */
    public void withdraw(long enrolmentId) {
        em.find(Enrolment.class, enrolmentId).withdraw();
        em.flush();
    }

    /** What happened to one trainee in a session: present every day or never, and the two test scores. */
    public record Outcome(boolean present, Integer pre, Integer post) {
    }

    /**
     * Runs the session from its first to its last day: seats confirmed, attendance and scores recorded as
     * given, the session completed and each outcome decided by the course's rule, certificates issued to
     * those who completed. Answers the certificate of each enrolment that completed.
     */
    public Map<Long, Long> run(long sessionId, Map<Long, Outcome> outcomes) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.session = :s order by e.id",
                Enrolment.class).setParameter("s", session).getResultList();
        enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.REQUESTED).forEach(Enrolment::confirm);
        session.start(session.getFirstDay());
        for (Enrolment e : enrolments) {
            Outcome outcome = outcomes.get(e.getId());
            if (outcome != null && e.getStatus().holdsSeat()) {
                session.getDays().forEach(day -> e.markAttendance(day, outcome.present()));
                e.recordScores(outcome.pre(), outcome.post());
            }
        }
        session.complete(session.getLastDay());
        Map<Long, Long> certificates = new LinkedHashMap<>();
        for (Enrolment e : enrolments) {
            if (e.decide()) {
                em.flush();
                Certificate certificate = new Certificate(e, session.getLastDay());
                em.persist(certificate);
                em.flush();
                certificates.put(e.getId(), certificate.getId());
            }
        }
        em.flush();
        return certificates;
    }

    /** A trainee's evaluation of the completed session they attended. */
    public long evaluate(long enrolmentId, int usefulness, int trainers, int organisation) {
        Evaluation evaluation = new Evaluation(em.find(Enrolment.class, enrolmentId), usefulness, trainers,
                organisation, null);
        em.persist(evaluation);
        em.flush();
        return evaluation.getId();
    }

    /** A certificate of the course {@code code} for {@code username} of {@code district}, from a session today. */
    public long certify(String username, District district, String code) {
        LocalDate today = PortalClock.today();
        long session = session(course(code), today);
        long enrolment = enrol(session, username, district, true);
        return run(session, Map.of(enrolment, new Outcome(true, 40, 90))).get(enrolment);
    }

    public void revoke(long certificateId) {
        em.find(Certificate.class, certificateId).revoke("Issued in error (test)", Instant.now());
        em.flush();
    }

    /**
     * Gives the mayor of {@code district} the courses that the steps of the published default workflow
     * require, so that a test taking a project through the workflow is not held up by them.
     */
    public void certifyForCurrentWorkflow(String mayor, District district) {
        em.createQuery("select w from WorkflowDefinition w where w.code = :code and w.status = :published",
                        WorkflowDefinition.class)
                .setParameter("code", WorkflowDefinition.LOCAL_INITIATIVE)
                .setParameter("published", DefinitionStatus.PUBLISHED).getSingleResult()
                .getSteps().stream().map(StepDefinition::getRequiredCourse).filter(Objects::nonNull).distinct()
                .forEach(code -> certify(mayor, district, code));
    }

    /** The region of the demo data with this code, if the demo data is loaded. */
    public Optional<Region> region(String code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The "after" text of the audit rows of a subject for one action, the oldest first. */
    public List<String> audited(String subjectType, long subjectId, String action) {
        return em.createQuery("select a.after from AuditRecord a where a.subjectType = :type and a.subjectId = :id"
                        + " and a.action = :action order by a.sequence", String.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).setParameter("action", action)
                .getResultList();
    }
}
