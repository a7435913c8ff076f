package org.birge.portal.training.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.birge.portal.training.domain.TrainingFixtures.COURSE_ID;
import static org.birge.portal.training.domain.TrainingFixtures.ENROLMENT_ID;
import static org.birge.portal.training.domain.TrainingFixtures.FRI;
import static org.birge.portal.training.domain.TrainingFixtures.MON;
import static org.birge.portal.training.domain.TrainingFixtures.SESSION_ID;
import static org.birge.portal.training.domain.TrainingFixtures.completedEnrolment;
import static org.birge.portal.training.domain.TrainingFixtures.enrol;
import static org.birge.portal.training.domain.TrainingFixtures.notCompletedEnrolment;
import static org.birge.portal.training.domain.TrainingFixtures.sessionIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluationTest {

    @Test
    void aTraineeWhoCompletedEvaluatesTheSession() {
        Evaluation evaluation = new Evaluation(completedEnrolment(), 5, 4, 3, "  More exercises, please ");

        assertEquals(ENROLMENT_ID, evaluation.getEnrolmentId());
        assertEquals(SESSION_ID, evaluation.getSessionId());
        assertEquals(COURSE_ID, evaluation.getCourseId());
        assertEquals(5, evaluation.getUsefulness());
        assertEquals(4, evaluation.getTrainerRating());
        assertEquals(3, evaluation.getOrganisation());
        assertEquals("More exercises, please", evaluation.getComment());
    }

    @Test
    void aTraineeWhoDidNotCompleteEvaluatesTooForTheyAttended() {
        Evaluation evaluation = new Evaluation(notCompletedEnrolment(), 2, 3, 4, null);

        assertEquals(2, evaluation.getUsefulness());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void aBlankCommentIsNoComment(String comment) {
        assertNull(new Evaluation(completedEnrolment(), 5, 5, 5, comment).getComment());
    }

    @Test
    void nobodyEvaluatesASessionBeforeItCompletes() {
        TrainingSession session = sessionIn(SessionStatus.OPEN);
        Enrolment enrolment = enrol(session, true);
        enrolment.confirm();
        session.start(MON);

        assertRefused("training.evaluation.notYet", () -> new Evaluation(enrolment, 5, 5, 5, null));
    }

    @Test
    void nobodyEvaluatesACancelledSession() {
        TrainingSession session = sessionIn(SessionStatus.OPEN);
        Enrolment enrolment = enrol(session, true);
        session.cancel("The hall is flooded");
        enrolment.sessionCancelled();

        assertRefused("training.evaluation.notYet", () -> new Evaluation(enrolment, 5, 5, 5, null));
    }

    @Test
    void onlyASeatHolderWithAnOutcomeEvaluates() {
        TrainingSession session = sessionIn(SessionStatus.OPEN);
        Enrolment undecided = enrol(session, true);
        undecided.confirm();
        Enrolment waited = enrol(session, false);
        Enrolment withdrawn = enrol(session, true);
        withdrawn.withdraw();
        session.start(MON);
        session.complete(FRI);
        waited.decide();

        for (Enrolment enrolment : List.of(undecided, waited, withdrawn)) {
            assertRefused("training.evaluation.notAttended", () -> new Evaluation(enrolment, 5, 5, 5, null));
        }
    }

    @ParameterizedTest(name = "usefulness {0}, trainer {1}, organisation {2} are accepted")
    @CsvSource({"1, 1, 1", "5, 5, 5", "1, 3, 5"})
    void ratingsFromOneToFiveAreAccepted(int usefulness, int trainer, int organisation) {
        Evaluation evaluation = new Evaluation(completedEnrolment(), usefulness, trainer, organisation, null);

        assertEquals(usefulness, evaluation.getUsefulness());
        assertEquals(trainer, evaluation.getTrainerRating());
        assertEquals(organisation, evaluation.getOrganisation());
    }

    @ParameterizedTest(name = "usefulness {0}, trainer {1}, organisation {2} are refused")
    @CsvSource({
            "0,  3, 3",
            "6,  3, 3",
            "3,  0, 3",
            "3,  6, 3",
            "3,  3, 0",
            "3,  3, 6",
            "-1, 3, 3"
    })
    void aRatingOutsideOneToFiveIsRefused(int usefulness, int trainer, int organisation) {
        Enrolment enrolment = completedEnrolment();

        DomainException refused = assertRefused("training.evaluation.ratingRange",
                () -> new Evaluation(enrolment, usefulness, trainer, organisation, null));
        assertEquals(List.of(Evaluation.MAX_RATING), refused.getArguments());
    }

    @Test
    void aCommentOfTheColumnLengthIsAcceptedAndLongerIsRefused() {
        String longest = "c".repeat(Evaluation.COMMENT_LENGTH);

        assertEquals(longest, new Evaluation(completedEnrolment(), 4, 4, 4, " " + longest + " ").getComment());
        DomainException refused = assertRefused("training.textLength",
                () -> new Evaluation(completedEnrolment(), 4, 4, 4, longest + "c"));
        assertEquals(List.of(Evaluation.COMMENT_LENGTH), refused.getArguments());
    }
}
