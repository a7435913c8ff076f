package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.service.EnrolmentRow;
import org.birge.portal.training.service.EnrolmentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people changing the seats of one session at the same moment, released together through a start gate:
 * exactly as many hold a seat as there are seats, every other one waits with a place of their own in the
 * queue, and nobody is lost. The session's row lock serves them one after the other, on H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentConcurrencyIT {

    private static final int MAYORS = 8;
    private static final int CAPACITY = 3;
    /** Rounds of the eight-mayor race, each on a fresh session. */
    private static final int ROUNDS = 10;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("enrolment-concurrency-it");
    }

    @EJB
    private EnrolmentService enrolments;
    @EJB
    private EnrolmentSetup setup;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    /** Propagates the security context of the submitting request to its threads. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private District district;
    private String trainer;

    @BeforeEach
    void place() {
        Region region = fixtures.region(Fixtures.unique("ZCR"));
        district = fixtures.district(Fixtures.unique("ZCD"), region);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
    }

    private List<String> mayors(int n) {
        List<String> mayors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            mayors.add(fixtures.newPerson(district, null, Role.MAYOR));
        }
        return mayors;
    }

    /**
     * Eight mayors enrol in a session of three seats at the same moment, {@value #ROUNDS} rounds: each round
     * exactly three seats are taken and five wait with the places 1 to 5, eight rows in all, nobody refused.
     */
    @Test
    void ofEightMayorsEnrollingAtOnceExactlyTheCapacityGetsASeatAndTheRestWaitInOrder() throws Exception {
        long started = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> mayors = mayors(MAYORS);
            long session = setup.openSession(CAPACITY, trainer);
            ProjectRace.Result<EnrolmentRow> race = ProjectRace.run(signIn, executor, mayors, "mayor",
                    i -> () -> enrolments.enrol(session));
            int r = round;
            List<EnrolmentSetup.Place> places = setup.places(session);
            List<EnrolmentRow> results = race.results();
            assertAll("round " + r + ": " + race,
                    () -> assertEquals(MAYORS, race.winners().size(), "nobody refused"),
                    () -> assertEquals(MAYORS, places.size(), "one row each"),
                    () -> assertEquals(CAPACITY, places.stream().filter(p -> p.status() == EnrolmentStatus.REQUESTED)
                            .count(), "exactly the capacity holds a seat"),
                    () -> assertEquals(MAYORS - CAPACITY, places.stream()
                            .filter(p -> p.status() == EnrolmentStatus.WAITLISTED).count(), "the rest wait"),
                    () -> assertEquals(List.of(1, 2, 3, 4, 5), results.stream().filter(EnrolmentRow::isWaiting)
                            .map(EnrolmentRow::position).sorted().toList(), "each with a place of their own"),
                    () -> assertEquals(mayors.stream().sorted().toList(),
                            places.stream().map(EnrolmentSetup.Place::username).sorted().toList(), "nobody lost"));
            // The queue each was told is the queue the session keeps: the order they were served in.
            List<String> waitingInOrder = places.stream().filter(p -> p.status() == EnrolmentStatus.WAITLISTED)
                    .map(EnrolmentSetup.Place::username).toList();
            for (int i = 0; i < MAYORS; i++) {
                EnrolmentRow row = results.get(i);
                if (row.isWaiting()) {
                    assertEquals(waitingInOrder.indexOf(mayors.get(i)) + 1, row.position(),
                            () -> "round " + r + ": the place told to " + row.username());
                }
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertTrue(seconds < 240, () -> ROUNDS + " rounds took " + seconds + " s");
    }

    /**
     * A full session: a seat holder withdraws while four newcomers enrol, all at once. The seat freed goes
     * to the one who was waiting first, whatever the order the threads ran in; the capacity holds; nobody is
     * lost.
     */
    @Test
    void aWithdrawalAmongNewcomersGivesTheSeatToTheFirstWaitingAndKeepsTheCapacity() throws Exception {
        for (int round = 1; round <= 5; round++) {
            long session = setup.openSession(2, trainer);
            List<String> before = mayors(3);
            for (String mayor : before) {
                signIn.as(mayor, "mayor", () -> enrolments.enrol(session));
            }
            String leaving = before.get(0);
            String firstWaiting = before.get(2);
            EnrolmentSetup.Place seat = setup.place(session, leaving);
            List<String> people = new ArrayList<>(List.of(leaving));
            people.addAll(mayors(4));
            ProjectRace.Result<EnrolmentRow> race = ProjectRace.run(signIn, executor, people, "mayor",
                    i -> i == 0 ? () -> enrolments.withdraw(seat.id(), seat.version())
                            : () -> enrolments.enrol(session));
            int r = round;
            List<EnrolmentSetup.Place> places = setup.places(session);
            assertAll("round " + r + ": " + race,
                    () -> assertEquals(5, race.winners().size()),
                    () -> assertEquals(7, places.size()),
                    () -> assertEquals(2, places.stream().filter(p -> p.status().holdsSeat()).count()),
                    () -> assertEquals(EnrolmentStatus.REQUESTED, setup.place(session, firstWaiting).status(),
                            "the first one waiting got the freed seat"),
                    () -> assertEquals(EnrolmentStatus.WITHDRAWN, setup.place(session, leaving).status()),
                    () -> assertEquals(4, places.stream().filter(p -> p.status() == EnrolmentStatus.WAITLISTED)
                            .count()));
        }
    }

    /** One mayor pressing "enrol" twice at the same moment gets one place; the other press is told so. */
    @Test
    void enrollingTwiceAtTheSameMomentMakesOnePlace() throws Exception {
        String mayor = mayors(1).get(0);
        long session = setup.openSession(5, trainer);
        ProjectRace.Result<EnrolmentRow> race = ProjectRace.run(signIn, executor, List.of(mayor, mayor), "mayor",
                i -> () -> enrolments.enrol(session));
        assertEquals(1, race.winners().size(), race::toString);
        DomainException refusal = assertInstanceOf(DomainException.class, race.losers().get(0));
        assertEquals("training.enrolment.already", refusal.getMessageKey());
        assertEquals(1, setup.places(session).size());
        assertEquals(1, signIn.as(trainer, "trainer", () -> enrolments.roster(session, PageRequest.of(0, 10))).total());
    }
}
