package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.service.CalendarEntry;
import org.birge.portal.training.service.EnrolmentRow;
import org.birge.portal.training.service.EnrolmentService;
import org.birge.portal.training.service.MayorChoice;
import org.birge.portal.training.service.MySessionRow;
import org.birge.portal.training.service.SessionOverview;
import org.birge.portal.training.service.SessionPlan;
import org.birge.portal.training.service.SessionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolment by the rules: seats up to the capacity and then the waiting list in order; a withdrawal gives the
 * seat to the first one waiting, a re-enrolment joins the end of the queue; overlapping sessions and a second
 * place are refused with a clear message; a governor nominates only the mayors of their region and sees only
 * their rows; a mayor sees only their own place; the trainer confirms; a stale version is refused.
 * Two regions: A with the districts A1 and A2, B with B1.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentIT {

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("enrolment-it");
    }

    @EJB
    private EnrolmentService enrolments;
    @EJB
    private EnrolmentSetup setup;
    @EJB
    private SessionService sessions;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    private District a1;
    private District a2;
    private District b1;
    private String governorA;
    private String governorB;
    private String trainer;
    private String pm;

    @BeforeEach
    void places() {
        Region a = fixtures.region(Fixtures.unique("ZEA"));
        Region b = fixtures.region(Fixtures.unique("ZEB"));
        a1 = fixtures.district(Fixtures.unique("ZA1"), a);
        a2 = fixtures.district(Fixtures.unique("ZA2"), a);
        b1 = fixtures.district(Fixtures.unique("ZB1"), b);
        governorA = fixtures.newPerson(null, a, Role.GOVERNOR);
        governorB = fixtures.newPerson(null, b, Role.GOVERNOR);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
        pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
    }

    private List<String> mayors(int n, District district) {
        List<String> mayors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            mayors.add(fixtures.newPerson(district, null, Role.MAYOR));
        }
        return mayors;
    }

    private EnrolmentRow enrol(String mayor, long session) throws Exception {
        return signIn.as(mayor, "mayor", () -> enrolments.enrol(session));
    }

    private EnrolmentRow withdraw(String who, String role, long session, String trainee) throws Exception {
        EnrolmentSetup.Place place = setup.place(session, trainee);
        return signIn.as(who, role, () -> enrolments.withdraw(place.id(), place.version()));
    }

    /** The usernames of the session's people by status, in the order the service's roster lists them. */
    private List<String> roster(long session, EnrolmentStatus status) throws Exception {
        return signIn.as(trainer, "trainer", () -> enrolments.roster(session, ALL)).rows().stream()
                .filter(r -> r.status() == status).map(EnrolmentRow::username).toList();
    }

    private static void assertRefused(String key, Throwable refusal) {
        DomainException domain = assertInstanceOf(DomainException.class, refusal, () -> "refused: " + refusal);
        assertEquals(key, domain.getMessageKey());
    }

    @Test
    void seatsUpToTheCapacityThenTheWaitingListInOrderAndAWithdrawalPromotesTheFirstWaiting() throws Exception {
        long session = setup.openSession(2, trainer);
        List<String> m = mayors(5, a1);
        List<EnrolmentRow> rows = new ArrayList<>();
        for (String mayor : m) {
            rows.add(enrol(mayor, session));
        }
        assertAll("two seats, then the queue",
                () -> assertEquals(EnrolmentStatus.REQUESTED, rows.get(0).status()),
                () -> assertEquals(EnrolmentStatus.REQUESTED, rows.get(1).status()),
                () -> assertEquals(List.of(EnrolmentStatus.WAITLISTED, EnrolmentStatus.WAITLISTED,
                        EnrolmentStatus.WAITLISTED), rows.subList(2, 5).stream().map(EnrolmentRow::status).toList()),
                () -> assertEquals(List.of(1, 2, 3), rows.subList(2, 5).stream().map(EnrolmentRow::position).toList()),
                () -> assertNull(rows.get(0).position(), "a seat holder has no place in the queue"));

        // The first seat holder leaves: the first one waiting gets the seat and is told.
        withdraw(m.get(0), "mayor", session, m.get(0));
        assertEquals(EnrolmentStatus.REQUESTED, setup.place(session, m.get(2)).status());
        assertTrue(setup.notifications(m.get(2)).contains("notify.training.promoted"));
        assertEquals(1, setup.countAudited(setup.place(session, m.get(2)).id(), "training.enrolment.promoted"));
        assertEquals(List.of(m.get(3), m.get(4)), roster(session, EnrolmentStatus.WAITLISTED));

        // Coming back after a withdrawal joins the end of the queue.
        EnrolmentRow again = enrol(m.get(0), session);
        assertEquals(EnrolmentStatus.WAITLISTED, again.status());
        assertEquals(3, again.position());
        assertEquals(again.id(), rows.get(0).id(), "the same row: one per person and session");
        assertEquals(List.of(m.get(3), m.get(4), m.get(0)), roster(session, EnrolmentStatus.WAITLISTED));

        // Further withdrawals serve the queue first come, first served.
        withdraw(trainer, "trainer", session, m.get(1));
        assertEquals(EnrolmentStatus.REQUESTED, setup.place(session, m.get(3)).status());
        withdraw(governorA, "governor", session, m.get(2));
        assertEquals(EnrolmentStatus.REQUESTED, setup.place(session, m.get(4)).status());
        withdraw(m.get(3), "mayor", session, m.get(3));
        assertEquals(EnrolmentStatus.REQUESTED, setup.place(session, m.get(0)).status());
        assertEquals(List.of(m.get(4), m.get(0)), roster(session, EnrolmentStatus.REQUESTED));
        assertEquals(List.of(), roster(session, EnrolmentStatus.WAITLISTED));
        assertTrue(setup.notifications(m.get(1)).contains("notify.training.withdrawn"),
                "a person withdrawn by the trainer is told");

        SessionOverview view = signIn.as(m.get(4), "mayor", () -> enrolments.session(session));
        assertAll("the session's figures",
                () -> assertEquals(2, view.seatsTaken()),
                () -> assertEquals(0, view.seatsFree()),
                () -> assertEquals(0, view.waiting()),
                () -> assertEquals(EnrolmentStatus.REQUESTED, view.mine().status()));
    }

    @Test
    void raisingTheCapacityGivesTheNewSeatsToThoseWaitingInTheirOrder() throws Exception {
        long session = setup.openSession(1, trainer);
        List<String> m = mayors(4, a1);
        for (String mayor : m) {
            enrol(mayor, session);
        }
        assertEquals(List.of(m.get(1), m.get(2), m.get(3)), roster(session, EnrolmentStatus.WAITLISTED));

        long version = signIn.as(trainer, "trainer", () -> enrolments.session(session)).version();
        signIn.as(trainer, "trainer", () -> {
            SessionPlan plan = sessions.plan(session);
            plan.setCapacity(3);
            return sessions.revise(session, version, plan);
        });

        assertEquals(List.of(m.get(0), m.get(1), m.get(2)), roster(session, EnrolmentStatus.REQUESTED));
        assertEquals(List.of(m.get(3)), roster(session, EnrolmentStatus.WAITLISTED));
        assertTrue(setup.notifications(m.get(2)).contains("notify.training.promoted"), "the promoted are told");

        // Lowering it below the seats taken is refused; nobody loses a seat.
        long now = signIn.as(trainer, "trainer", () -> enrolments.session(session)).version();
        Exception refused = assertThrows(Exception.class, () -> signIn.as(trainer, "trainer", () -> {
            SessionPlan plan = sessions.plan(session);
            plan.setCapacity(2);
            return sessions.revise(session, now, plan);
        }));
        assertRefused("training.session.capacityBelowTaken", refused);
        assertEquals(3, roster(session, EnrolmentStatus.REQUESTED).size());
    }

    @Test
    void anOverlappingSessionIsRefusedNamingTheOtherCourseAndDates() throws Exception {
        LocalDate day1 = PortalClock.today().plusDays(20);
        LocalDate day2 = day1.plusDays(1);
        long first = setup.openSession(setup.course("Budgets first"), 10, List.of(day1, day2), LocalTime.of(10, 0),
                LocalTime.of(13, 0), "Hall", null, trainer);
        long clash = setup.openSession(setup.course("Clashing course"), 10, List.of(day2), LocalTime.of(12, 0),
                LocalTime.of(15, 0), "Hall", null, trainer);
        long afterwards = setup.openSession(setup.course("Afternoon course"), 10, List.of(day2), LocalTime.of(13, 0),
                LocalTime.of(16, 0), null, "https://meet.example.org/a", trainer);
        String mayor = mayors(1, a1).get(0);
        enrol(mayor, first);

        Exception refusal = assertThrows(Exception.class, () -> enrol(mayor, clash));
        assertRefused("training.enrolment.overlaps", refusal);
        List<Object> arguments = ((DomainException) refusal).getArguments();
        String dates = String.format("%02d.%02d.%d – %02d.%02d.%d", day1.getDayOfMonth(), day1.getMonthValue(),
                day1.getYear(), day2.getDayOfMonth(), day2.getMonthValue(), day2.getYear());
        assertEquals("Budgets first", arguments.get(0), "names the other course");
        assertEquals(dates, arguments.get(2), "and its dates");
        assertEquals("10:00–13:00", arguments.get(3), "and its hours");
        assertTrue(setup.places(clash).isEmpty(), "nothing written");

        assertEquals(EnrolmentStatus.REQUESTED, enrol(mayor, afterwards).status(),
                "a session that starts when the other ends does not overlap");

        // A governor nominating into the clash is told about the mayor's other course.
        Exception nominated = assertThrows(Exception.class,
                () -> signIn.as(governorA, "governor", () -> enrolments.nominate(clash, mayor)));
        assertRefused("training.enrolment.overlapsNominee", nominated);

        // Withdrawn from the first, the clash still overlaps the afternoon course; withdrawn from both, it is free.
        withdraw(mayor, "mayor", first, mayor);
        Exception second = assertThrows(Exception.class, () -> enrol(mayor, clash));
        assertRefused("training.enrolment.overlaps", second);
        assertEquals("Afternoon course", ((DomainException) second).getArguments().get(0));
        withdraw(mayor, "mayor", afterwards, mayor);
        assertEquals(EnrolmentStatus.REQUESTED, enrol(mayor, clash).status());
    }

    @Test
    void aSecondPlaceInTheSameSessionAClosedSessionAndACourseNotForMayorsAreRefused() throws Exception {
        long session = setup.openSession(5, trainer);
        String mayor = mayors(1, a1).get(0);
        enrol(mayor, session);
        assertRefused("training.enrolment.already", assertThrows(Exception.class, () -> enrol(mayor, session)));
        assertEquals(1, setup.places(session).size());

        long governorsOnly = setup.openSession(setup.course("For governors", EnumSet.of(Role.GOVERNOR)), 5,
                List.of(PortalClock.today().plusDays(50)), LocalTime.of(9, 0), LocalTime.of(12, 0), "Hall", null,
                trainer);
        assertRefused("training.enrolment.notForMayors",
                assertThrows(Exception.class, () -> enrol(mayor, governorsOnly)));

        long cancelled = setup.openSession(5, trainer);
        setup.cancel(cancelled);
        assertRefused("training.enrolment.sessionClosed", assertThrows(Exception.class, () -> enrol(mayor, cancelled)));
    }

    @Test
    void aGovernorNominatesOnlyTheMayorsOfTheirRegionAndSeesOnlyTheirRows() throws Exception {
        long session = setup.openSession(10, trainer);
        String mayorA1 = mayors(1, a1).get(0);
        String mayorA2 = mayors(1, a2).get(0);
        String mayorB1 = mayors(1, b1).get(0);

        EnrolmentRow nominated = signIn.as(governorA, "governor", () -> enrolments.nominate(session, mayorA2));
        assertEquals(governorA, nominated.nominatedBy());
        assertEquals(EnrolmentStatus.REQUESTED, nominated.status());
        assertTrue(setup.notifications(mayorA2).contains("notify.training.nominated"), "the mayor is told");
        assertThrows(AccessDeniedException.class,
                () -> signIn.as(governorB, "governor", () -> enrolments.nominate(session, mayorA1)),
                "a governor of another region");
        assertThrows(AccessDeniedException.class,
                () -> signIn.as(governorA, "governor", () -> enrolments.nominate(session, governorB)),
                "someone who is not a mayor");
        enrol(mayorA1, session);
        enrol(mayorB1, session);

        Page<MayorChoice> choices = signIn.as(governorA, "governor",
                () -> enrolments.mayorsToNominate(session, ALL, null));
        assertEquals(List.of(mayorA1, mayorA2).stream().sorted().toList(),
                choices.rows().stream().map(MayorChoice::username).sorted().toList(), "only the region's mayors");
        assertTrue(choices.rows().stream().noneMatch(MayorChoice::isNominable), "both are on the session already");
        Page<MayorChoice> searched = signIn.as(governorA, "governor",
                () -> enrolments.mayorsToNominate(session, ALL, a2.getCode().toLowerCase() + " "));
        assertEquals(List.of(mayorA2), searched.rows().stream().map(MayorChoice::username).toList(),
                "found by the district's name");

        List<String> seenByGovernorA = signIn.as(governorA, "governor", () -> enrolments.roster(session, ALL)).rows()
                .stream().map(EnrolmentRow::username).sorted().toList();
        List<String> seenByGovernorB = signIn.as(governorB, "governor", () -> enrolments.roster(session, ALL)).rows()
                .stream().map(EnrolmentRow::username).toList();
        List<String> seenByPm = signIn.as(pm, "project-manager", () -> enrolments.roster(session, ALL)).rows()
                .stream().map(EnrolmentRow::username).sorted().toList();
        assertAll("rosters by scope",
                () -> assertEquals(List.of(mayorA1, mayorA2).stream().sorted().toList(), seenByGovernorA),
                () -> assertEquals(List.of(mayorB1), seenByGovernorB),
                () -> assertEquals(List.of(mayorA1, mayorA2, mayorB1).stream().sorted().toList(), seenByPm));

        assertThrows(AccessDeniedException.class, () -> withdraw(governorB, "governor", session, mayorA1),
                "a governor of another region cannot withdraw");
        assertEquals(EnrolmentStatus.REQUESTED, setup.place(session, mayorA1).status());
    }

    @Test
    void aMayorSeesOnlyTheirOwnPlaceNeverAnotherMayorsNameOrScores() throws Exception {
        long session = setup.openSession(1, trainer);
        String zaisan = mayors(1, a1).get(0);
        String tavriya = mayors(1, a2).get(0);
        enrol(zaisan, session);
        enrol(tavriya, session);

        assertThrows(EJBAccessException.class, () -> signIn.as(zaisan, "mayor", () -> enrolments.roster(session, ALL)),
                "a mayor gets no roster");
        SessionOverview view = signIn.as(tavriya, "mayor", () -> enrolments.session(session));
        assertEquals(tavriya, view.mine().username(), "the session's page shows the mayor's own place only");
        assertEquals(EnrolmentStatus.WAITLISTED, view.mine().status());
        assertEquals(1, view.mine().position());
        assertEquals(1, view.seatsTaken());

        Page<MySessionRow> mine = signIn.as(tavriya, "mayor", () -> enrolments.mySessions(ALL, true));
        assertEquals(List.of(session), mine.rows().stream().map(MySessionRow::sessionId).toList());
        assertEquals(1, mine.rows().get(0).position());
        assertEquals(0, signIn.as(tavriya, "mayor", () -> enrolments.mySessions(ALL, false)).total());

        assertThrows(AccessDeniedException.class, () -> withdraw(tavriya, "mayor", session, zaisan),
                "a mayor cannot withdraw another mayor");
        assertEquals(EnrolmentStatus.REQUESTED, setup.place(session, zaisan).status());
    }

    @Test
    void theTrainerConfirmsOneOrAllAndAStaleVersionIsRefusedNamingWhoChangedIt() throws Exception {
        long session = setup.openSession(3, trainer);
        List<String> m = mayors(4, a1);
        for (String mayor : m) {
            enrol(mayor, session);
        }
        EnrolmentSetup.Place first = setup.place(session, m.get(0));
        EnrolmentRow confirmed = signIn.as(trainer, "trainer", () -> enrolments.confirm(first.id(), first.version()));
        assertEquals(EnrolmentStatus.CONFIRMED, confirmed.status());
        assertTrue(setup.notifications(m.get(0)).contains("notify.training.confirmed"));
        assertEquals(1, setup.countAudited(first.id(), "training.enrolment.confirmed"));

        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class,
                () -> signIn.as(m.get(0), "mayor", () -> enrolments.withdraw(first.id(), first.version())));
        assertEquals(List.of(trainer), stale.getArguments(), "names who changed it");
        assertEquals(EnrolmentStatus.CONFIRMED, setup.place(session, m.get(0)).status());

        String otherTrainer = fixtures.newPerson(null, null, Role.TRAINER);
        EnrolmentSetup.Place second = setup.place(session, m.get(1));
        assertThrows(AccessDeniedException.class,
                () -> signIn.as(otherTrainer, "trainer", () -> enrolments.confirm(second.id(), second.version())),
                "a trainer who does not train the session");
        assertThrows(AccessDeniedException.class,
                () -> signIn.as(otherTrainer, "trainer", () -> enrolments.confirmAll(session)));

        int all = signIn.as(trainer, "trainer", () -> enrolments.confirmAll(session));
        assertEquals(2, all, "the two requested seats; the waiting one stays waiting");
        assertEquals(List.of(m.get(0), m.get(1), m.get(2)), roster(session, EnrolmentStatus.CONFIRMED));
        assertEquals(List.of(m.get(3)), roster(session, EnrolmentStatus.WAITLISTED));
        EnrolmentSetup.Place done = setup.place(session, m.get(1));
        assertRefused("training.enrolment.notRequested", assertThrows(Exception.class,
                () -> signIn.as(trainer, "trainer", () -> enrolments.confirm(done.id(), done.version()))));
    }

    @Test
    void theCalendarShowsTheDaysOfTheSessionsInTheRangeButNotCancelledOnes() throws Exception {
        LocalDate day1 = PortalClock.today().plusDays(200);
        LocalDate day3 = day1.plusDays(2);
        long course = setup.course("Calendar course");
        long session = setup.openSession(course, 5, List.of(day1, day3), LocalTime.of(9, 0), LocalTime.of(12, 0),
                "Hall", null, trainer);
        long cancelled = setup.openSession(course, 5, List.of(day1), LocalTime.of(14, 0), LocalTime.of(16, 0),
                "Hall", null, trainer);
        setup.cancel(cancelled);
        String mayor = mayors(1, a1).get(0);
        enrol(mayor, session);

        List<CalendarEntry> entries = signIn.as(governorA, "governor",
                        () -> enrolments.calendar(day1, day3.plusDays(1)))
                .stream().filter(e -> e.sessionId() == session || e.sessionId() == cancelled).toList();
        assertEquals(List.of(day1, day3), entries.stream().map(CalendarEntry::day).toList(), "one entry per day");
        assertTrue(entries.stream().allMatch(e -> e.sessionId() == session), "no cancelled session");
        List<CalendarEntry> firstDayOnly = signIn.as(pm, "project-manager",
                        () -> enrolments.calendar(day1, day1.plusDays(1)))
                .stream().filter(e -> e.sessionId() == session).toList();
        assertEquals(List.of(day1), firstDayOnly.stream().map(CalendarEntry::day).toList(), "only the range asked");

        List<CalendarEntry> mine = signIn.as(mayor, "mayor", () -> enrolments.myCalendar(day1, day3.plusDays(1)));
        assertEquals(2, mine.size());
        assertTrue(mine.stream().allMatch(e -> e.myStatus() == EnrolmentStatus.REQUESTED));
    }
}
