package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.training.service.EvaluationComment;
import org.birge.portal.training.service.EvaluationFigures;
import org.birge.portal.training.service.EvaluationService;
import org.birge.portal.training.service.EvaluationTarget;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evaluations: a trainee who attended a completed session answers once (a second answer is refused with a
 * clear message), nobody answers for someone else or before the session is completed, and trainers and
 * project managers read the figures of the session and of the course and the comments.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("evaluation-it");
    }

    @EJB
    private EvaluationService evaluations;
    @EJB
    private TrainingSetup training;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    private District district;
    private Region region;
    private String trainer;
    private long course;
    private long session;
    private final Map<String, Long> enrolments = new LinkedHashMap<>();

    @BeforeEach
    void aCompletedSession() {
        region = fixtures.region(Fixtures.unique("ZRE"));
        district = fixtures.district(Fixtures.unique("ZDE"), region);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
        course = training.course(80, 60, 16);
        session = training.openSession(course, 2, trainer);
        for (String name : List.of("Completed One", "Completed Two", "Did Not Complete")) {
            String username = fixtures.newPerson(district, null, Role.MAYOR);
            enrolments.put(username, training.enrol(session, username, name, district.getId(), region.getId()));
        }
        training.start(session);
        List<String> people = List.copyOf(enrolments.keySet());
        training.record(enrolments.get(people.get(0)), 2, 40, 80);
        training.record(enrolments.get(people.get(1)), 2, 50, 70);
        training.record(enrolments.get(people.get(2)), 1, 30, 40);
        training.complete(session);
    }

    @Test
    void eachAttendeeAnswersOnceAndTheFiguresAddUp() throws Exception {
        List<String> people = List.copyOf(enrolments.keySet());
        String first = people.get(0);
        long firstEnrolment = enrolments.get(first);
        EvaluationTarget target = signIn.as(first, "mayor", () -> evaluations.target(firstEnrolment));
        assertTrue(target.open());
        assertFalse(target.answered());

        signIn.as(first, "mayor", () -> evaluations.submit(firstEnrolment, 5, 4, 3, "  Очень полезно  "));
        PortalException again = assertThrows(PortalException.class, () -> signIn.as(first, "mayor",
                () -> evaluations.submit(firstEnrolment, 1, 1, 1, "second")));
        assertEquals("training.evaluation.already", again.getMessageKey());
        assertEquals(1, training.evaluations(firstEnrolment), "one evaluation, not two");
        assertTrue(signIn.as(first, "mayor", () -> evaluations.target(firstEnrolment)).answered());

        signIn.as(people.get(1), "mayor", () -> evaluations.submit(enrolments.get(people.get(1)), 4, 4, 5, null));
        signIn.as(people.get(2), "mayor", () -> evaluations.submit(enrolments.get(people.get(2)), 2, 5, 4,
                "Хотелось бы больше практики"));
        assertEquals(List.of("training.evaluation.submitted by " + first),
                training.audit("evaluation", evaluationOf(firstEnrolment), "training.evaluation.submitted"));

        EvaluationFigures figures = signIn.as(trainer, "trainer", () -> evaluations.sessionFigures(session));
        assertEquals(3, figures.answers());
        assertEquals(3, figures.attended(), "those who did not complete attended too");
        assertEquals(100, figures.responsePercent());
        assertEquals(11 / 3.0, figures.usefulness(), 1e-9);
        assertEquals(13 / 3.0, figures.trainerRating(), 1e-9);
        assertEquals(4.0, figures.organisation(), 1e-9);
        assertEquals(List.of(0L, 1L, 0L, 1L, 1L), figures.usefulnessCounts(), "how many gave 1, 2, 3, 4, 5");
        assertEquals(List.of(0L, 0L, 0L, 2L, 1L), figures.trainerCounts());
        assertEquals(List.of(0L, 0L, 1L, 1L, 1L), figures.organisationCounts());

        List<EvaluationComment> comments = signIn.as(fixtures.newPerson(null, null, Role.PROJECT_MANAGER),
                "project-manager", () -> evaluations.sessionComments(session, PageRequest.of(0, 10))).rows();
        assertEquals(List.of("Хотелось бы больше практики", "Очень полезно"),
                comments.stream().map(EvaluationComment::comment).toList(), "newest first, no blank comment");

        // Another session of the course counts in the course's figures.
        long second = training.openSession(course, 1, trainer);
        String late = fixtures.newPerson(district, null, Role.MAYOR);
        long lateEnrolment = training.enrol(second, late, "Late Trainee", district.getId(), region.getId());
        training.start(second);
        training.record(lateEnrolment, 1, 10, 90);
        training.complete(second);
        signIn.as(late, "mayor", () -> evaluations.submit(lateEnrolment, 1, 1, 1, "Слабо"));
        EvaluationFigures ofCourse = signIn.as(trainer, "trainer", () -> evaluations.courseFigures(course));
        assertEquals(4, ofCourse.answers());
        assertEquals(4, ofCourse.attended());
        assertNull(ofCourse.sessionId());
        assertEquals(3, signIn.as(trainer, "trainer",
                () -> evaluations.courseComments(course, PageRequest.of(0, 10))).total());
    }

    @Test
    void nobodyAnswersForSomeoneElseNorBeforeTheSessionIsCompleted() throws Exception {
        List<String> people = List.copyOf(enrolments.keySet());
        long firstEnrolment = enrolments.get(people.get(0));
        assertThrows(AccessDeniedException.class, () -> signIn.as(people.get(1), "mayor",
                () -> evaluations.submit(firstEnrolment, 5, 5, 5, null)));
        assertThrows(AccessDeniedException.class, () -> signIn.as(people.get(1), "mayor",
                () -> evaluations.target(firstEnrolment)));
        assertThrows(EJBAccessException.class, () -> signIn.as(people.get(1), "mayor",
                () -> evaluations.sessionFigures(session)), "trainees do not read the figures");

        long running = training.openSession(course, 2, trainer);
        String early = fixtures.newPerson(district, null, Role.MAYOR);
        long earlyEnrolment = training.enrol(running, early, "Early Trainee", district.getId(), region.getId());
        training.start(running);
        assertFalse(signIn.as(early, "mayor", () -> evaluations.target(earlyEnrolment)).open());
        DomainException notYet = assertThrows(DomainException.class, () -> signIn.as(early, "mayor",
                () -> evaluations.submit(earlyEnrolment, 5, 5, 5, null)));
        assertEquals("training.evaluation.notYet", notYet.getMessageKey());
        DomainException range = assertThrows(DomainException.class, () -> signIn.as(people.get(0), "mayor",
                () -> evaluations.submit(firstEnrolment, 6, 5, 5, null)));
        assertEquals("training.evaluation.ratingRange", range.getMessageKey());
        assertEquals(0, training.evaluations(firstEnrolment));
    }

    private long evaluationOf(long enrolmentId) {
        return training.evaluationId(enrolmentId);
    }
}
