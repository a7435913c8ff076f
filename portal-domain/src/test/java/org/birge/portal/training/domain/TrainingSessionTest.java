package org.birge.portal.training.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.birge.portal.training.domain.TrainingFixtures.FRI;
import static org.birge.portal.training.domain.TrainingFixtures.MON;
import static org.birge.portal.training.domain.TrainingFixtures.THU;
import static org.birge.portal.training.domain.TrainingFixtures.TUE;
import static org.birge.portal.training.domain.TrainingFixtures.WED;
import static org.birge.portal.training.domain.TrainingFixtures.WEEK;
import static org.birge.portal.training.domain.TrainingFixtures.WEEK_BEFORE;
import static org.birge.portal.training.domain.TrainingFixtures.courseIn;
import static org.birge.portal.training.domain.TrainingFixtures.days;
import static org.birge.portal.training.domain.TrainingFixtures.plannedSession;
import static org.birge.portal.training.domain.TrainingFixtures.publishedCourse;
import static org.birge.portal.training.domain.TrainingFixtures.sessionIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.training.domain.TrainingFixtures.SessionForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingSessionTest {

    private static TrainingSession session(SessionForm form) {
        return new TrainingSession(publishedCourse(), form.plan());
    }

    private static List<LocalDate> daysFrom(LocalDate first, int count) {
        return IntStream.range(0, count).mapToObj(first::plusDays).toList();
    }

    // ---------------------------------------------------------------- plan

    @Test
    void aNewSessionIsPlannedWithItsPlan() {
        SessionForm form = new SessionForm();
        form.days = List.of(WED, MON, FRI);
        form.venue = "  Akimat, hall 2 ";
        form.onlineLink = " https://meet.birge.kz/pme-201 ";
        form.trainers = List.of(" trainer.saule ", "trainer.askar");

        TrainingSession session = session(form);

        assertEquals(SessionStatus.PLANNED, session.getStatus());
        assertEquals(List.of(MON, WED, FRI), List.copyOf(session.getDays()));
        assertEquals(MON, session.getFirstDay());
        assertEquals(FRI, session.getLastDay());
        assertEquals(LocalTime.of(10, 0), session.getStartsAt());
        assertEquals(LocalTime.of(16, 0), session.getEndsAt());
        assertEquals("Akimat, hall 2", session.getVenue());
        assertEquals("https://meet.birge.kz/pme-201", session.getOnlineLink());
        assertEquals(20, session.getCapacity());
        assertEquals(List.of("trainer.askar", "trainer.saule"), List.copyOf(session.getTrainers()));
        assertNull(session.getCancelReason());
        assertEquals("PME-201", session.getCourse().getCode());
    }

    @ParameterizedTest
    @EnumSource(value = CourseStatus.class, names = {"DRAFT", "ARCHIVED"})
    void onlyAPublishedCourseRunsASession(CourseStatus status) {
        Course course = courseIn(status);

        assertRefused("training.session.courseNotPublished", () -> new TrainingSession(course,
                new SessionForm().plan()));
    }

    @Test
    void aSessionNeedsACourse() {
        assertRefused("training.session.courseNotPublished", () -> new TrainingSession(null,
                new SessionForm().plan()));
    }

    @Test
    void aSessionNeedsDays() {
        SessionForm none = new SessionForm();
        none.days = null;
        SessionForm empty = new SessionForm();
        empty.days = List.of();
        SessionForm withAHole = new SessionForm();
        withAHole.days = new ArrayList<>(Arrays.asList(MON, null));

        assertRefused("training.session.daysRequired", () -> session(none));
        assertRefused("training.session.daysRequired", () -> session(empty));
        assertRefused("training.session.daysRequired", () -> session(withAHole));
    }

    @Test
    void aDayGivenTwiceIsOneDay() {
        SessionForm form = new SessionForm();
        form.days = List.of(TUE, MON, TUE);

        assertEquals(List.of(MON, TUE), List.copyOf(session(form).getDays()));
    }

    @Test
    void aOneDaySessionStartsAndEndsOnThatDay() {
        SessionForm form = new SessionForm();
        form.days = List.of(WED);

        TrainingSession session = session(form);

        assertEquals(WED, session.getFirstDay());
        assertEquals(WED, session.getLastDay());
    }

    @Test
    void upToTheMaximumOfDaysIsAcceptedAndMoreIsRefused() {
        SessionForm most = new SessionForm();
        most.days = daysFrom(MON, TrainingSession.MAX_DAYS);
        SessionForm tooMany = new SessionForm();
        tooMany.days = daysFrom(MON, TrainingSession.MAX_DAYS + 1);

        assertEquals(TrainingSession.MAX_DAYS, session(most).getDays().size());
        DomainException refused = assertRefused("training.session.tooManyDays", () -> session(tooMany));
        assertEquals(List.of(TrainingSession.MAX_DAYS), refused.getArguments());
    }

    @ParameterizedTest(name = "from {0} to {1} is refused")
    @CsvSource(nullValues = "none", value = {
            "10:00, 10:00",
            "16:00, 10:00",
            "10:00, 09:59",
            "none,  16:00",
            "10:00, none"
    })
    void aSessionEndsAfterItStarts(LocalTime startsAt, LocalTime endsAt) {
        SessionForm form = new SessionForm();
        form.startsAt = startsAt;
        form.endsAt = endsAt;

        assertRefused("training.session.hours", () -> session(form));
    }

    @Test
    void aSessionOfOneMinuteIsAccepted() {
        SessionForm form = new SessionForm();
        form.startsAt = LocalTime.of(10, 0);
        form.endsAt = LocalTime.of(10, 1);

        assertEquals(LocalTime.of(10, 1), session(form).getEndsAt());
    }

    @ParameterizedTest(name = "venue \"{0}\" and link \"{1}\" is no place")
    @CsvSource(nullValues = "none", value = {"none, none", "'', ''", "'  ', '  '"})
    void aSessionNeedsAVenueOrALink(String venue, String link) {
        SessionForm form = new SessionForm();
        form.venue = venue;
        form.onlineLink = link;

        assertRefused("training.session.placeRequired", () -> session(form));
    }

    @Test
    void anOnlineSessionNeedsNoVenue() {
        SessionForm form = new SessionForm();
        form.venue = "  ";
        form.onlineLink = "https://meet.birge.kz/pub-101";

        TrainingSession session = session(form);

        assertNull(session.getVenue());
        assertEquals("https://meet.birge.kz/pub-101", session.getOnlineLink());
    }

    @Test
    void aSessionInAHallNeedsNoLink() {
        SessionForm form = new SessionForm();
        form.onlineLink = " ";

        TrainingSession session = session(form);

        assertEquals("Akimat of the East Kazakhstan region, Ust-Kamenogorsk, hall 2", session.getVenue());
        assertNull(session.getOnlineLink());
    }

    @Test
    void aVenueOfTheColumnLengthIsAcceptedAndLongerIsRefused() {
        SessionForm longest = new SessionForm();
        longest.venue = "v".repeat(TrainingSession.VENUE_LENGTH);
        SessionForm tooLong = new SessionForm();
        tooLong.venue = "v".repeat(TrainingSession.VENUE_LENGTH + 1);

        assertEquals(TrainingSession.VENUE_LENGTH, session(longest).getVenue().length());
        DomainException refused = assertRefused("training.session.venueLength", () -> session(tooLong));
        assertEquals(List.of(TrainingSession.VENUE_LENGTH), refused.getArguments());
    }

    @ParameterizedTest(name = "link \"{0}\" is refused")
    @ValueSource(strings = {"javascript:alert(1)", "ftp://meet.birge.kz/room", "meet.birge.kz/room", "https://"})
    void anOnlineLinkIsAWebAddress(String link) {
        SessionForm form = new SessionForm();
        form.onlineLink = link;

        assertRefused("training.session.link", () -> session(form));
    }

    @ParameterizedTest(name = "{0} seats are accepted")
    @ValueSource(ints = {1, 20, TrainingSession.MAX_CAPACITY})
    void aCapacityWithinTheRangeIsAccepted(int capacity) {
        SessionForm form = new SessionForm();
        form.capacity = capacity;

        assertEquals(capacity, session(form).getCapacity());
    }

    @ParameterizedTest(name = "{0} seats are refused")
    @ValueSource(ints = {-1, 0, TrainingSession.MAX_CAPACITY + 1})
    void aCapacityOutsideTheRangeIsRefused(int capacity) {
        SessionForm form = new SessionForm();
        form.capacity = capacity;

        DomainException refused = assertRefused("training.session.capacityRange", () -> session(form));
        assertEquals(List.of(TrainingSession.MAX_CAPACITY), refused.getArguments());
    }

    @Test
    void aSessionNeedsATrainer() {
        SessionForm none = new SessionForm();
        none.trainers = null;
        SessionForm empty = new SessionForm();
        empty.trainers = List.of();
        SessionForm blanks = new SessionForm();
        blanks.trainers = Arrays.asList("", "  ", null);

        assertRefused("training.session.trainersRequired", () -> session(none));
        assertRefused("training.session.trainersRequired", () -> session(empty));
        assertRefused("training.session.trainersRequired", () -> session(blanks));
    }

    @Test
    void upToTheMaximumOfTrainersIsAcceptedAndMoreIsRefused() {
        SessionForm most = new SessionForm();
        most.trainers = IntStream.range(0, TrainingSession.MAX_TRAINERS).mapToObj(i -> "trainer." + i).toList();
        SessionForm tooMany = new SessionForm();
        tooMany.trainers = IntStream.range(0, TrainingSession.MAX_TRAINERS + 1).mapToObj(i -> "trainer." + i)
                .toList();
        SessionForm repeated = new SessionForm();
        repeated.trainers = new ArrayList<>(most.trainers);
        repeated.trainers.add(" trainer.0 ");

        assertEquals(TrainingSession.MAX_TRAINERS, session(most).getTrainers().size());
        assertEquals(TrainingSession.MAX_TRAINERS, session(repeated).getTrainers().size());
        DomainException refused = assertRefused("training.session.tooManyTrainers", () -> session(tooMany));
        assertEquals(List.of(TrainingSession.MAX_TRAINERS), refused.getArguments());
    }

    @Test
    void isTrainerAnswersForTheSessionsTrainersOnly() {
        TrainingSession session = plannedSession();

        assertTrue(session.isTrainer("trainer.saule"));
        assertFalse(session.isTrainer("akim.zaisan"));
    }

    // ---------------------------------------------------------------- revise

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"PLANNED", "OPEN"})
    void reviseChangesASessionThatHasNotStarted(SessionStatus status) {
        TrainingSession session = sessionIn(status);
        SessionForm form = new SessionForm();
        form.days = List.of(THU, FRI);
        form.startsAt = LocalTime.of(9, 0);
        form.venue = null;
        form.onlineLink = "https://meet.birge.kz/pme-201";
        form.capacity = 12;

        session.revise(form.plan(), 12);

        assertEquals(List.of(THU, FRI), List.copyOf(session.getDays()));
        assertEquals(THU, session.getFirstDay());
        assertEquals(FRI, session.getLastDay());
        assertEquals(LocalTime.of(9, 0), session.getStartsAt());
        assertNull(session.getVenue());
        assertEquals("https://meet.birge.kz/pme-201", session.getOnlineLink());
        assertEquals(12, session.getCapacity());
        assertEquals(status, session.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"IN_PROGRESS", "COMPLETED", "CANCELLED"})
    void aSessionCannotBeRevisedOnceStartedOrEnded(SessionStatus status) {
        TrainingSession session = sessionIn(status);
        SessionForm form = new SessionForm();
        form.capacity = 30;

        assertRefused("training.session.notEditable", () -> session.revise(form.plan(), 0));
        assertEquals(20, session.getCapacity());
    }

    @Test
    void theCapacityCannotGoBelowTheSeatsTaken() {
        TrainingSession session = sessionIn(SessionStatus.OPEN);
        SessionForm form = new SessionForm();
        form.capacity = 14;

        DomainException refused = assertRefused("training.session.capacityBelowTaken",
                () -> session.revise(form.plan(), 15));
        assertEquals(List.of(15L), refused.getArguments());
        assertEquals(20, session.getCapacity());
    }

    @Test
    void theCapacityMayGoDownToTheSeatsTaken() {
        TrainingSession session = sessionIn(SessionStatus.OPEN);
        SessionForm form = new SessionForm();
        form.capacity = 15;

        session.revise(form.plan(), 15);

        assertEquals(15, session.getCapacity());
    }

    @Test
    void aRefusedRevisionLeavesTheSessionAsItWas() {
        TrainingSession session = plannedSession();
        SessionForm form = new SessionForm();
        form.days = List.of(THU);
        form.trainers = List.of();

        assertRefused("training.session.trainersRequired", () -> session.revise(form.plan(), 0));
        assertEquals(WEEK, List.copyOf(session.getDays()));
        assertEquals(MON, session.getFirstDay());
        assertEquals(List.of("trainer.saule"), List.copyOf(session.getTrainers()));
    }

    // ---------------------------------------------------------------- life

    @ParameterizedTest(name = "enrolment opens on {0}")
    @ValueSource(strings = {"2026-01-05", "2026-04-12", "2026-04-13", "2026-04-15", "2026-04-17"})
    void enrolmentOpensAnyDayUntilTheLastDay(LocalDate today) {
        TrainingSession session = plannedSession();

        session.openEnrolment(today);

        assertEquals(SessionStatus.OPEN, session.getStatus());
        assertTrue(session.takesEnrolments());
    }

    @Test
    void enrolmentDoesNotOpenAfterTheLastDay() {
        TrainingSession session = plannedSession();

        assertRefused("training.session.alreadyBegun", () -> session.openEnrolment(FRI.plusDays(1)));
        assertEquals(SessionStatus.PLANNED, session.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = "PLANNED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPlannedSessionOpensForEnrolment(SessionStatus status) {
        TrainingSession session = sessionIn(status);

        assertRefused("training.session.notPlanned", () -> session.openEnrolment(WEEK_BEFORE));
        assertEquals(status, session.getStatus());
    }

    @ParameterizedTest(name = "a {0} session starts on {1}")
    @CsvSource({
            "OPEN,    2026-04-13",
            "OPEN,    2026-04-15",
            "OPEN,    2026-04-20",
            "PLANNED, 2026-04-13"
    })
    void aSessionStartsFromItsFirstDay(SessionStatus status, LocalDate today) {
        TrainingSession session = sessionIn(status);

        session.start(today);

        assertEquals(SessionStatus.IN_PROGRESS, session.getStatus());
        assertTrue(session.isRunning());
    }

    @Test
    void aSessionDoesNotStartBeforeItsFirstDay() {
        TrainingSession session = sessionIn(SessionStatus.OPEN);

        assertRefused("training.session.notYetBegun", () -> session.start(MON.minusDays(1)));
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"IN_PROGRESS", "COMPLETED", "CANCELLED"})
    void aSessionStartsOnlyOnce(SessionStatus status) {
        TrainingSession session = sessionIn(status);

        assertRefused("training.session.notStartable", () -> session.start(WED));
        assertEquals(status, session.getStatus());
    }

    @ParameterizedTest(name = "completed on {0}")
    @ValueSource(strings = {"2026-04-17", "2026-04-18", "2026-05-04"})
    void aSessionCompletesFromItsLastDay(LocalDate today) {
        TrainingSession session = sessionIn(SessionStatus.IN_PROGRESS);

        session.complete(today);

        assertEquals(SessionStatus.COMPLETED, session.getStatus());
        assertFalse(session.isRunning());
    }

    @Test
    void aSessionDoesNotCompleteBeforeItsLastDay() {
        TrainingSession session = sessionIn(SessionStatus.IN_PROGRESS);

        assertRefused("training.session.notYetEnded", () -> session.complete(THU));
        assertEquals(SessionStatus.IN_PROGRESS, session.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = "IN_PROGRESS", mode = EnumSource.Mode.EXCLUDE)
    void onlyASessionInProgressCompletes(SessionStatus status) {
        TrainingSession session = sessionIn(status);

        assertRefused("training.session.notInProgress", () -> session.complete(FRI));
        assertEquals(status, session.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"PLANNED", "OPEN", "IN_PROGRESS"})
    void aLiveSessionCanBeCancelledWithAReason(SessionStatus status) {
        TrainingSession session = sessionIn(status);

        session.cancel("  The hall is flooded ");

        assertEquals(SessionStatus.CANCELLED, session.getStatus());
        assertEquals("The hall is flooded", session.getCancelReason());
        assertFalse(session.takesEnrolments());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void cancellingNeedsAReason(String reason) {
        TrainingSession session = sessionIn(SessionStatus.OPEN);

        assertRefused("training.session.reasonRequired", () -> session.cancel(reason));
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void aReasonOfTheColumnLengthIsAcceptedAndLongerIsRefused() {
        TrainingSession refusing = sessionIn(SessionStatus.OPEN);
        TrainingSession accepting = sessionIn(SessionStatus.OPEN);
        String longest = "r".repeat(TrainingSession.REASON_LENGTH);

        DomainException refused = assertRefused("training.textLength", () -> refusing.cancel(longest + "r"));
        assertEquals(List.of(TrainingSession.REASON_LENGTH), refused.getArguments());
        assertEquals(SessionStatus.OPEN, refusing.getStatus());
        accepting.cancel(longest);
        assertEquals(longest, accepting.getCancelReason());
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"COMPLETED", "CANCELLED"})
    void aSessionThatEndedCannotBeCancelled(SessionStatus status) {
        TrainingSession session = sessionIn(status);

        assertRefused("training.session.notCancellable", () -> session.cancel("Too late"));
        assertEquals(status, session.getStatus());
    }

    @ParameterizedTest(name = "a {0} session takes enrolments: {1}, runs: {2}")
    @CsvSource({
            "PLANNED,     false, false",
            "OPEN,        true,  false",
            "IN_PROGRESS, false, true",
            "COMPLETED,   false, false",
            "CANCELLED,   false, false"
    })
    void enrolmentIsTakenWhileOpenAndRecordsWhileRunning(SessionStatus status, boolean takes, boolean runs) {
        TrainingSession session = sessionIn(status);

        assertEquals(takes, session.takesEnrolments());
        assertEquals(runs, session.isRunning());
    }

    @Test
    void isDayAnswersForTheSessionsDaysOnly() {
        SessionForm form = new SessionForm();
        form.days = List.of(MON, WED);
        TrainingSession session = session(form);

        assertTrue(session.isDay(MON));
        assertTrue(session.isDay(WED));
        assertFalse(session.isDay(TUE), "a day between the first and the last");
        assertFalse(session.isDay(FRI));
    }

    // ---------------------------------------------------------------- overlaps

    private static TrainingSession session(String days, String startsAt, String endsAt) {
        SessionForm form = new SessionForm();
        form.days = days(days.split(" "));
        form.startsAt = LocalTime.parse(startsAt);
        form.endsAt = LocalTime.parse(endsAt);
        return session(form);
    }

    @ParameterizedTest(name = "{0} {1}-{2} and {3} {4}-{5} overlap: {6}")
    @CsvSource({
            // the same day
            "2026-04-13, 10:00, 12:00, 2026-04-13, 11:00, 13:00, true",
            "2026-04-13, 10:00, 12:00, 2026-04-13, 10:00, 12:00, true",
            "2026-04-13, 09:00, 17:00, 2026-04-13, 11:00, 11:30, true",
            "2026-04-13, 10:00, 12:00, 2026-04-13, 11:59, 14:00, true",
            // adjacent hours on the same day: one ends when the other begins
            "2026-04-13, 10:00, 12:00, 2026-04-13, 12:00, 14:00, false",
            "2026-04-13, 14:00, 16:00, 2026-04-13, 10:00, 14:00, false",
            "2026-04-13, 10:00, 12:00, 2026-04-13, 13:00, 14:00, false",
            // different days at the same hours
            "2026-04-13, 10:00, 12:00, 2026-04-14, 10:00, 12:00, false",
            // several days each, interleaving without a shared day
            "2026-04-13 2026-04-15 2026-04-17, 10:00, 16:00, 2026-04-14 2026-04-16, 10:00, 16:00, false",
            "2026-04-13 2026-04-17, 10:00, 16:00, 2026-04-15, 10:00, 16:00, false",
            // several days each, sharing one
            "2026-04-13 2026-04-15 2026-04-17, 10:00, 16:00, 2026-04-14 2026-04-17, 15:00, 18:00, true",
            "2026-04-13 2026-04-14 2026-04-15, 10:00, 16:00, 2026-04-15 2026-04-16, 09:00, 10:30, true",
            // sharing a day but not the hours
            "2026-04-13 2026-04-14 2026-04-15, 10:00, 12:00, 2026-04-14 2026-04-16, 14:00, 16:00, false",
            // far apart
            "2026-04-13 2026-04-14, 10:00, 16:00, 2026-05-13 2026-05-14, 10:00, 16:00, false"
    })
    void sessionsOverlapWhenTheyShareADayAtOverlappingHours(String daysA, String startsA, String endsA,
                                                           String daysB, String startsB, String endsB,
                                                           boolean overlap) {
        TrainingSession a = session(daysA, startsA, endsA);
        TrainingSession b = session(daysB, startsB, endsB);

        assertEquals(overlap, a.overlaps(b));
        assertEquals(overlap, b.overlaps(a), "the other way round");
    }
}
