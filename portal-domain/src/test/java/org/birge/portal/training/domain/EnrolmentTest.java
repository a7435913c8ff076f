package org.birge.portal.training.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.birge.portal.training.domain.TrainingFixtures.AT;
import static org.birge.portal.training.domain.TrainingFixtures.FRI;
import static org.birge.portal.training.domain.TrainingFixtures.MON;
import static org.birge.portal.training.domain.TrainingFixtures.THU;
import static org.birge.portal.training.domain.TrainingFixtures.TUE;
import static org.birge.portal.training.domain.TrainingFixtures.WED;
import static org.birge.portal.training.domain.TrainingFixtures.WEEK;
import static org.birge.portal.training.domain.TrainingFixtures.days;
import static org.birge.portal.training.domain.TrainingFixtures.enrol;
import static org.birge.portal.training.domain.TrainingFixtures.publishedCourse;
import static org.birge.portal.training.domain.TrainingFixtures.sessionIn;
import static org.birge.portal.training.domain.TrainingFixtures.trainee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.training.domain.TrainingFixtures.SessionForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EnrolmentTest {

    private static final Instant LATER = AT.plusSeconds(3600);

    /** The fixture session, open for enrolment; tests move it on. */
    private TrainingSession session;

    @BeforeEach
    void openTheSession() {
        session = sessionIn(SessionStatus.OPEN);
    }

    /** An enrolment of the open session brought to {@code status}; the session stays open. */
    private Enrolment enrolmentIn(EnrolmentStatus status) {
        Enrolment enrolment = enrol(session, status != EnrolmentStatus.WAITLISTED);
        switch (status) {
            case REQUESTED, WAITLISTED -> { }
            case CONFIRMED -> enrolment.confirm();
            case WITHDRAWN -> enrolment.withdraw();
            default -> throw new IllegalArgumentException("an outcome needs a completed session: " + status);
        }
        return enrolment;
    }

    /** Moves the session through its week to completed, with the attendance recorded meanwhile. */
    private void runTheWeek(Enrolment enrolment, List<LocalDate> present, Integer pre, Integer post) {
        session.start(MON);
        if (enrolment.getStatus().holdsSeat()) {
            present.forEach(day -> enrolment.markAttendance(day, true));
            enrolment.recordScores(pre, post);
        }
        session.complete(FRI);
    }

    // ---------------------------------------------------------------- joining

    @Test
    void aFreeSeatIsRequestedUntilTheTrainerConfirms() {
        Enrolment enrolment = new Enrolment(session, trainee("akim.zaisan"), "governor.east", true, AT);

        assertEquals(EnrolmentStatus.REQUESTED, enrolment.getStatus());
        assertEquals("akim.zaisan", enrolment.getTrainee().getUsername());
        assertEquals("governor.east", enrolment.getNominatedBy());
        assertEquals(AT, enrolment.getQueuedAt());
        assertEquals(List.of(), List.copyOf(enrolment.getDaysPresent()));
        assertNull(enrolment.getPreScore());
        assertNull(enrolment.getPostScore());
    }

    @Test
    void withoutAFreeSeatThePersonWaitsInTheOrderTheyCame() {
        Enrolment enrolment = new Enrolment(session, trainee("akim.tavriya"), null, false, AT);

        assertEquals(EnrolmentStatus.WAITLISTED, enrolment.getStatus());
        assertEquals(AT, enrolment.getQueuedAt());
        assertNull(enrolment.getNominatedBy());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    void nobodyEnrolsInASessionThatIsNotOpen(SessionStatus status) {
        TrainingSession closed = sessionIn(status);

        assertRefused("training.enrolment.sessionClosed",
                () -> new Enrolment(closed, trainee("akim.zaisan"), null, true, AT));
    }

    // ---------------------------------------------------------------- confirm, promote

    @Test
    void confirmGivesTheRequestedSeat() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.REQUESTED);

        enrolment.confirm();

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void aRequestCanStillBeConfirmedWhileTheSessionRuns() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.REQUESTED);
        session.start(MON);

        enrolment.confirm();

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentStatus.class, names = {"CONFIRMED", "WAITLISTED", "WITHDRAWN"})
    void onlyARequestIsConfirmed(EnrolmentStatus status) {
        Enrolment enrolment = enrolmentIn(status);

        assertRefused("training.enrolment.notRequested", enrolment::confirm);
        assertEquals(status, enrolment.getStatus());
    }

    @Test
    void nothingIsConfirmedInASessionThatEnded() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.REQUESTED);
        session.start(MON);
        session.complete(FRI);

        assertRefused("training.session.notLive", enrolment::confirm);
        assertEquals(EnrolmentStatus.REQUESTED, enrolment.getStatus());
    }

    @Test
    void promoteGivesAWaitingPersonARequestedSeatKeepingTheirPlaceInTime() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.WAITLISTED);

        enrolment.promote();

        assertEquals(EnrolmentStatus.REQUESTED, enrolment.getStatus());
        assertEquals(AT, enrolment.getQueuedAt());
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentStatus.class, names = {"REQUESTED", "CONFIRMED", "WITHDRAWN"})
    void onlyAWaitingPersonIsPromoted(EnrolmentStatus status) {
        Enrolment enrolment = enrolmentIn(status);

        assertRefused("training.enrolment.notWaiting", enrolment::promote);
        assertEquals(status, enrolment.getStatus());
    }

    @Test
    void nobodyIsPromotedInACancelledSession() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.WAITLISTED);
        session.cancel("The trainer is ill");

        assertRefused("training.session.notLive", enrolment::promote);
        assertEquals(EnrolmentStatus.WAITLISTED, enrolment.getStatus());
    }

    // ---------------------------------------------------------------- withdraw, re-enrol

    @ParameterizedTest(name = "a {0} person who withdraws frees a seat: {1}")
    @CsvSource({"REQUESTED, true", "CONFIRMED, true", "WAITLISTED, false"})
    void withdrawFreesASeatOnlyForASeatHolder(EnrolmentStatus status, boolean freed) {
        Enrolment enrolment = enrolmentIn(status);

        assertEquals(freed, enrolment.withdraw());
        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.getStatus());
    }

    @Test
    void aWithdrawnPersonCannotWithdrawAgain() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.WITHDRAWN);

        assertRefused("training.enrolment.notActive", enrolment::withdraw);
    }

    @Test
    void nobodyWithdrawsFromASessionThatEnded() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        session.start(MON);
        session.complete(FRI);

        assertRefused("training.session.notLive", enrolment::withdraw);
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentStatus.class, names = {"COMPLETED", "NOT_COMPLETED"})
    void anOutcomeCannotBeWithdrawn(EnrolmentStatus outcome) {
        Enrolment enrolment = TrainingFixtures.decided(outcome == EnrolmentStatus.COMPLETED ? 5 : 0, 90);

        assertEquals(outcome, enrolment.getStatus());
        assertRefused("training.enrolment.notActive", enrolment::withdraw);
    }

    @ParameterizedTest(name = "re-enrolling with a free seat {0} -> {1}")
    @CsvSource({"true, REQUESTED", "false, WAITLISTED"})
    void aWithdrawnPersonReenrolsAtTheEndOfTheQueue(boolean seatFree, EnrolmentStatus status) {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.WITHDRAWN);

        enrolment.reenrol("governor.east", seatFree, LATER);

        assertEquals(status, enrolment.getStatus());
        assertEquals(LATER, enrolment.getQueuedAt());
        assertEquals("governor.east", enrolment.getNominatedBy());
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentStatus.class, names = {"REQUESTED", "CONFIRMED", "WAITLISTED"})
    void onlyAWithdrawnPersonReenrols(EnrolmentStatus status) {
        Enrolment enrolment = enrolmentIn(status);

        assertRefused("training.enrolment.already", () -> enrolment.reenrol(null, true, LATER));
        assertEquals(status, enrolment.getStatus());
        assertEquals(AT, enrolment.getQueuedAt());
    }

    @Test
    void nobodyReenrolsOnceTheSessionNoLongerTakesEnrolments() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.WITHDRAWN);
        session.start(MON);

        assertRefused("training.enrolment.sessionClosed", () -> enrolment.reenrol(null, true, LATER));
        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.getStatus());
    }

    // ---------------------------------------------------------------- attendance, scores

    @Test
    void attendanceIsRecordedDayByDay() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        session.start(MON);

        enrolment.markAttendance(WED, true);
        enrolment.markAttendance(MON, true);
        enrolment.markAttendance(MON, true);
        enrolment.markAttendance(TUE, true);
        enrolment.markAttendance(TUE, false);
        enrolment.markAttendance(THU, false);

        assertEquals(List.of(MON, WED), List.copyOf(enrolment.getDaysPresent()));
    }

    @Test
    void aRequestedSeatHolderIsRecordedToo() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.REQUESTED);
        session.start(MON);

        enrolment.markAttendance(MON, true);
        enrolment.recordScores(30, null);

        assertEquals(List.of(MON), List.copyOf(enrolment.getDaysPresent()));
        assertEquals(30, enrolment.getPreScore());
    }

    @Test
    void attendanceIsOnlyOnTheSessionsDays() {
        SessionForm form = new SessionForm();
        form.days = List.of(MON, WED);
        TrainingSession twoDays = new TrainingSession(publishedCourse(), form.plan());
        twoDays.openEnrolment(MON);
        Enrolment enrolment = enrol(twoDays, true);
        twoDays.start(MON);

        DomainException refused = assertRefused("training.attendance.notSessionDay",
                () -> enrolment.markAttendance(TUE, true));
        assertEquals(List.of(TUE), refused.getArguments());
        assertRefused("training.attendance.notSessionDay", () -> enrolment.markAttendance(MON.minusDays(7), true));
        assertEquals(List.of(), List.copyOf(enrolment.getDaysPresent()));
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"OPEN", "COMPLETED", "CANCELLED"})
    void attendanceAndScoresAreRecordedOnlyWhileTheSessionRuns(SessionStatus status) {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        switch (status) {
            case COMPLETED -> {
                session.start(MON);
                session.complete(FRI);
            }
            case CANCELLED -> session.cancel("The hall is flooded");
            default -> { }
        }

        assertRefused("training.session.notInProgress", () -> enrolment.markAttendance(MON, true));
        assertRefused("training.session.notInProgress", () -> enrolment.recordScores(50, 80));
        assertEquals(List.of(), List.copyOf(enrolment.getDaysPresent()));
        assertNull(enrolment.getPostScore());
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentStatus.class, names = {"WAITLISTED", "WITHDRAWN"})
    void attendanceAndScoresAreRecordedOnlyForSeatHolders(EnrolmentStatus status) {
        Enrolment enrolment = enrolmentIn(status);
        session.start(MON);

        assertRefused("training.enrolment.noSeat", () -> enrolment.markAttendance(MON, true));
        assertRefused("training.enrolment.noSeat", () -> enrolment.recordScores(50, 80));
        assertEquals(List.of(), List.copyOf(enrolment.getDaysPresent()));
        assertNull(enrolment.getPostScore());
    }

    @ParameterizedTest(name = "pre-test {0}, post-test {1} are recorded")
    @CsvSource(nullValues = "none", value = {
            "0,    100",
            "100,  0",
            "40,   85",
            "none, 85",
            "40,   none",
            "none, none"
    })
    void scoresFromZeroToAHundredOrNoneAreRecorded(Integer pre, Integer post) {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        session.start(MON);

        enrolment.recordScores(pre, post);

        assertEquals(pre, enrolment.getPreScore());
        assertEquals(post, enrolment.getPostScore());
    }

    @ParameterizedTest(name = "pre-test {0}, post-test {1} are refused")
    @CsvSource(nullValues = "none", value = {
            "-1,   85",
            "101,  85",
            "40,   -1",
            "40,   101",
            "none, 101"
    })
    void scoresOutsideZeroToAHundredAreRefused(Integer pre, Integer post) {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        session.start(MON);
        enrolment.recordScores(30, 60);

        DomainException refused = assertRefused("training.score.range", () -> enrolment.recordScores(pre, post));
        assertEquals(List.of(Enrolment.MAX_SCORE), refused.getArguments());
        assertEquals(30, enrolment.getPreScore());
        assertEquals(60, enrolment.getPostScore());
    }

    // ---------------------------------------------------------------- decide

    @ParameterizedTest(name = "present {0}, post-test {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            // the fixture course: 80 % of the days and 70 points
            "2026-04-13 2026-04-14 2026-04-15 2026-04-16 2026-04-17, 100,  COMPLETED",
            "2026-04-13 2026-04-14 2026-04-15 2026-04-16,            70,   COMPLETED",
            "2026-04-13 2026-04-15 2026-04-16 2026-04-17,            85,   COMPLETED",
            "2026-04-13 2026-04-14 2026-04-15,                       100,  NOT_COMPLETED",
            "2026-04-13 2026-04-14 2026-04-15 2026-04-16,            69,   NOT_COMPLETED",
            "2026-04-13 2026-04-14 2026-04-15 2026-04-16 2026-04-17, none, NOT_COMPLETED"
    })
    void decideAppliesTheCoursesRule(String present, Integer post, EnrolmentStatus outcome) {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        runTheWeek(enrolment, days(present.split(" ")), 40, post);

        boolean completed = enrolment.decide();

        assertEquals(outcome, enrolment.getStatus());
        assertEquals(outcome == EnrolmentStatus.COMPLETED, completed);
    }

    @Test
    void aSeatNeverConfirmedIsDecidedLikeAnyOther() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.REQUESTED);
        runTheWeek(enrolment, WEEK, 40, 90);

        assertTrue(enrolment.decide());
        assertEquals(EnrolmentStatus.COMPLETED, enrolment.getStatus());
    }

    @Test
    void aPersonStillWaitingLeavesTheListWhenTheSessionCompletes() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.WAITLISTED);
        runTheWeek(enrolment, List.of(), null, null);

        assertFalse(enrolment.decide());
        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.getStatus());
    }

    @Test
    void aWithdrawnPersonStaysWithdrawn() {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.WITHDRAWN);
        runTheWeek(enrolment, List.of(), null, null);

        assertFalse(enrolment.decide());
        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.getStatus());
    }

    @ParameterizedTest(name = "a {0} enrolment decided twice -> {1}")
    @CsvSource({
            "CONFIRMED,  COMPLETED",
            "REQUESTED,  NOT_COMPLETED",
            "WAITLISTED, WITHDRAWN"
    })
    void decidingAgainChangesNothing(EnrolmentStatus before, EnrolmentStatus outcome) {
        Enrolment enrolment = enrolmentIn(before);
        runTheWeek(enrolment, outcome == EnrolmentStatus.COMPLETED ? WEEK : List.of(MON), 40, 90);
        boolean first = enrolment.decide();

        boolean second = enrolment.decide();

        assertEquals(first, second);
        assertEquals(outcome == EnrolmentStatus.COMPLETED, second);
        assertEquals(outcome, enrolment.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"OPEN", "IN_PROGRESS", "CANCELLED"})
    void nothingIsDecidedBeforeTheSessionCompletes(SessionStatus status) {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        switch (status) {
            case IN_PROGRESS -> session.start(MON);
            case CANCELLED -> session.cancel("The hall is flooded");
            default -> { }
        }

        assertRefused("training.session.notCompleted", enrolment::decide);
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    // ---------------------------------------------------------------- cancelled session

    @ParameterizedTest
    @EnumSource(value = EnrolmentStatus.class, names = {"REQUESTED", "CONFIRMED", "WAITLISTED", "WITHDRAWN"})
    void aCancelledSessionEndsEveryPlaceInIt(EnrolmentStatus status) {
        Enrolment enrolment = enrolmentIn(status);
        session.cancel("The hall is flooded");

        enrolment.sessionCancelled();

        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"OPEN", "IN_PROGRESS", "COMPLETED"})
    void placesEndByCancellationOnlyInACancelledSession(SessionStatus status) {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        if (status != SessionStatus.OPEN) {
            session.start(MON);
        }
        if (status == SessionStatus.COMPLETED) {
            session.complete(FRI);
        }

        assertRefused("training.session.notCancelled", enrolment::sessionCancelled);
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    // ---------------------------------------------------------------- figures

    @ParameterizedTest(name = "pre-test {0}, post-test {1} -> gain {2}")
    @CsvSource(nullValues = "none", value = {
            "40,   85,   45",
            "85,   40,   -45",
            "60,   60,   0",
            "0,    100,  100",
            "none, 85,   none",
            "40,   none, none",
            "none, none, none"
    })
    void theKnowledgeGainIsThePostTestMinusThePreTest(Integer pre, Integer post, Integer gain) {
        Enrolment enrolment = enrolmentIn(EnrolmentStatus.CONFIRMED);
        session.start(MON);
        enrolment.recordScores(pre, post);

        assertEquals(gain, enrolment.knowledgeGain());
    }

    @ParameterizedTest(name = "{0} of {1} days -> {2} %")
    @CsvSource({
            "0, 5, 0",
            "4, 5, 80",
            "5, 5, 100",
            "1, 3, 33",
            "2, 3, 66",
            "3, 3, 100",
            "1, 1, 100"
    })
    void theAttendancePercentIsTheShareOfDaysRoundedDown(int present, int days, int percent) {
        SessionForm form = new SessionForm();
        form.days = WEEK.subList(0, days);
        TrainingSession shortSession = new TrainingSession(publishedCourse(), form.plan());
        shortSession.openEnrolment(MON);
        Enrolment enrolment = enrol(shortSession, true);
        shortSession.start(MON);
        WEEK.subList(0, present).forEach(day -> enrolment.markAttendance(day, true));

        assertEquals(percent, enrolment.attendancePercent());
    }
}
