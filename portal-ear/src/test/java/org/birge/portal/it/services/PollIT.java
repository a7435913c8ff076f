package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.birge.portal.feedback.domain.PollStatus;
import org.birge.portal.feedback.service.PollEvidence;
import org.birge.portal.feedback.service.PollForm;
import org.birge.portal.feedback.service.PollRow;
import org.birge.portal.feedback.service.PollService;
import org.birge.portal.feedback.service.PollView;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Localizable;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Community polls through the service, as the district's mayor, its residents, the region's governor and people
 * of other places: one vote per resident, also when the same resident submits several times at the same moment;
 * the results only after voting or after the closing (for the mayor and the governor at any time); nobody of
 * another district reads, votes or closes; an open poll past its closing day is closed; the winner (or a tied
 * leader the mayor picks) starts one proposal draft that keeps the poll as its evidence.
 */
@ExtendWith(ArquillianExtension.class)
class PollIT {

    private static final String MAYOR = "mayor";
    private static final String RESIDENT = "resident";
    private static final String GOVERNOR = "governor";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("poll-it");
    }

    @EJB
    private PollService polls;
    @EJB
    private PollSetup setup;
    @EJB
    private ProjectSetup projects;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private Region region;
    private District district;
    private String mayor;
    private String governor;
    private final List<String> residents = new ArrayList<>();

    @BeforeEach
    void place() {
        region = fixtures.region(Fixtures.unique("ZPR"));
        district = fixtures.district(Fixtures.unique("ZPD"), region);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        residents.clear();
        for (int i = 0; i < 5; i++) {
            residents.add(fixtures.newPerson(district, null, Role.RESIDENT));
        }
    }

    private <T> T as(String username, String role, Callable<T> work) throws Exception {
        return signIn.as(username, role, work);
    }

    private PollView view(String username, String role, long id) throws Exception {
        return as(username, role, () -> polls.view(id));
    }

    /** An open poll of the test district, from today for a week, with the options given. */
    private long openPoll(String... options) throws Exception {
        LocalDate today = PortalClock.today();
        long id = as(mayor, MAYOR, () -> polls.create(PollForm.of("Что больше всего улучшит жизнь наших детей? "
                + Fixtures.unique("Q"), "Выберите один вариант.", today, today.plusDays(7), options)));
        as(mayor, MAYOR, () -> {
            polls.open(id, polls.view(id).version());
            return null;
        });
        return id;
    }

    private long option(long pollId, int position) throws Exception {
        return view(mayor, MAYOR, pollId).options().get(position).id();
    }

    private void vote(String resident, long pollId, long optionId) throws Exception {
        as(resident, RESIDENT, () -> {
            polls.vote(pollId, optionId);
            return null;
        });
    }

    private static String key(Throwable failure) {
        return ((Localizable) failure).getMessageKey();
    }

    @Test
    void eachResidentVotesOnceAndSeesTheResultsOnlyAfterVoting() throws Exception {
        long id = openPoll("Бассейн", "Игровая площадка", "Спортзал");
        long pool = option(id, 0);
        String first = residents.get(0);
        String second = residents.get(1);

        PollView before = view(first, RESIDENT, id);
        assertTrue(before.can().vote());
        assertNull(before.results(), "no results before voting while the poll is open");
        vote(first, id, pool);
        PollView after = view(first, RESIDENT, id);
        assertEquals(pool, after.myChoice());
        assertFalse(after.can().vote());
        assertNotNull(after.results());
        assertEquals(1, after.results().total());
        PortalException again = assertThrows(PortalException.class, () -> vote(first, id, option(id, 1)));
        assertEquals("poll.vote.already", again.getMessageKey());
        assertEquals(List.of(first + "=" + pool), setup.votes(id));

        assertNull(view(second, RESIDENT, id).results(), "another resident who has not voted sees no results");
        assertEquals(1, view(mayor, MAYOR, id).results().total(), "the mayor sees the results at any time");
        assertEquals(1, view(governor, GOVERNOR, id).results().total(), "so does the region's governor");

        // The list tells the resident where they voted; the counts come from the database.
        PollRow row = as(first, RESIDENT, () -> polls.polls(PageRequest.of(0, 20), null)).rows().stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
        assertTrue(row.voted());
        assertEquals(1, row.votes());
        assertEquals(1, setup.audited(id, "poll.voted"));
    }

    @Test
    void onceSomebodyVotedTheOptionsStayButTheQuestionMayChange() throws Exception {
        long id = openPoll("А", "Б");
        assertTrue(view(mayor, MAYOR, id).can().editOptions());
        vote(residents.get(0), id, option(id, 0));
        PollView seen = view(mayor, MAYOR, id);
        assertFalse(seen.can().editOptions());
        PollForm changed = PollForm.of(seen);
        changed.getOptions().add(new PollForm.Option("В"));
        DomainException locked = assertThrows(DomainException.class,
                () -> as(mayor, MAYOR, () -> polls.edit(id, seen.version(), changed)));
        assertEquals("poll.optionsLocked", locked.getMessageKey());
        PollForm reworded = PollForm.of(seen);
        reworded.setQuestion("Что нужнее всего детям?");
        as(mayor, MAYOR, () -> polls.edit(id, seen.version(), reworded));
        assertEquals("Что нужнее всего детям?", view(mayor, MAYOR, id).question());
        // The version the mayor saw is checked: a second save of the old form is refused.
        assertThrows(PortalException.class, () -> as(mayor, MAYOR, () -> polls.edit(id, seen.version(), reworded)));
    }

    /**
     * The same resident submits the vote from six threads at the same moment, five rounds: each round exactly one
     * vote is stored and every other submission is told "you have already voted", never a failure of another kind.
     */
    @Test
    void aDoubleSubmissionAtTheSameMomentStoresOneVote() throws Exception {
        for (int round = 1; round <= 5; round++) {
            long id = openPoll("А", "Б", "В");
            long optionA = option(id, 0);
            long optionB = option(id, 1);
            String resident = residents.get(round - 1);
            ProjectRace.Result<Object> race = ProjectRace.run(signIn, executor, Collections.nCopies(6, resident),
                    RESIDENT, i -> () -> {
                        polls.vote(id, i % 2 == 0 ? optionA : optionB);
                        return "voted";
                    });
            int r = round;
            assertAll("round " + r + ": " + race,
                    () -> assertEquals(1, race.winners().size(), "exactly one submission counts"),
                    () -> assertEquals(1, setup.votes(id).size(), "one row"),
                    () -> race.losers().forEach(failure -> assertEquals("poll.vote.already",
                            key(assertInstanceOf(PortalException.class, failure)))));
        }
    }

    @Test
    void nobodyOfAnotherDistrictOrRegionReadsVotesOrCloses() throws Exception {
        long id = openPoll("А", "Б");
        long a = option(id, 0);
        District next = fixtures.district(Fixtures.unique("ZPD"), region);
        String otherResident = fixtures.newPerson(next, null, Role.RESIDENT);
        String otherMayor = fixtures.newPerson(next, null, Role.MAYOR);
        String otherGovernor = fixtures.newPerson(null, fixtures.region(Fixtures.unique("ZPR")), Role.GOVERNOR);

        assertThrows(AccessDeniedException.class, () -> view(otherResident, RESIDENT, id));
        assertThrows(AccessDeniedException.class, () -> vote(otherResident, id, a));
        assertThrows(AccessDeniedException.class, () -> view(otherMayor, MAYOR, id));
        assertThrows(AccessDeniedException.class, () -> as(otherMayor, MAYOR, () -> {
            polls.close(id, 1);
            return null;
        }));
        assertThrows(AccessDeniedException.class, () -> as(otherMayor, MAYOR, () -> polls.edit(id, 1,
                PollForm.of("x", null, PortalClock.today(), PortalClock.today(), "a", "b"))));
        assertThrows(AccessDeniedException.class, () -> view(otherGovernor, GOVERNOR, id));
        assertTrue(setup.votes(id).isEmpty());
        for (String[] reader : new String[][] {{otherResident, RESIDENT}, {otherMayor, MAYOR},
                {otherGovernor, GOVERNOR}}) {
            assertTrue(as(reader[0], reader[1], () -> polls.polls(PageRequest.of(0, 50), null)).rows().stream()
                    .noneMatch(r -> r.id() == id), reader[0] + " does not list it");
        }
        // A governor and a mayor do not vote; a resident and a governor do not close.
        assertThrows(EJBAccessException.class, () -> as(governor, GOVERNOR, () -> {
            polls.vote(id, a);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> as(mayor, MAYOR, () -> {
            polls.vote(id, a);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> as(residents.get(0), RESIDENT, () -> {
            polls.close(id, 1);
            return null;
        }));
        assertEquals(PollStatus.OPEN, view(governor, GOVERNOR, id).status());
    }

    @Test
    void aDraftIsTheMayorsAlone() throws Exception {
        LocalDate today = PortalClock.today();
        long id = as(mayor, MAYOR, () -> polls.create(PollForm.of("Черновик " + Fixtures.unique("Q"), null, today,
                today.plusDays(3), "А", "Б")));
        assertEquals(PollStatus.DRAFT, view(mayor, MAYOR, id).status());
        assertThrows(AccessDeniedException.class, () -> view(residents.get(0), RESIDENT, id));
        assertThrows(AccessDeniedException.class, () -> view(governor, GOVERNOR, id));
        assertTrue(as(residents.get(0), RESIDENT, () -> polls.polls(PageRequest.of(0, 50), null)).rows().stream()
                .noneMatch(r -> r.id() == id));
        assertEquals(1, as(mayor, MAYOR, () -> polls.polls(PageRequest.of(0, 50), PollStatus.DRAFT)).total());
        // Fewer than two options is refused with the reason.
        DomainException refused = assertThrows(DomainException.class, () -> as(mayor, MAYOR,
                () -> polls.create(PollForm.of("Вопрос?", null, today, today, "Только один", " "))));
        assertEquals("poll.optionCount", refused.getMessageKey());
    }

    @Test
    void anOpenPollPastItsClosingDayIsClosedOnReadAndByTheTimer() throws Exception {
        long id = openPoll("А", "Б");
        LocalDate today = PortalClock.today();
        setup.moveDays(id, today.minusDays(10), today.minusDays(1));
        PollView seen = view(residents.get(0), RESIDENT, id);
        assertEquals(PollStatus.CLOSED, seen.status());
        assertNotNull(seen.results(), "after the closing everybody of the district sees the results");
        assertFalse(seen.can().vote());
        DomainException closed = assertThrows(DomainException.class, () -> vote(residents.get(0), id, option(id, 0)));
        assertEquals("poll.vote.closed", closed.getMessageKey());
        assertTrue(as(mayor, MAYOR, () -> polls.polls(PageRequest.of(0, 50), PollStatus.CLOSED)).rows().stream()
                .anyMatch(r -> r.id() == id && r.status() == PollStatus.CLOSED));
        assertEquals(PollStatus.OPEN, setup.storedStatus(id));
        assertTrue(polls.closeDue(today) >= 1);
        assertEquals(PollStatus.CLOSED, setup.storedStatus(id));
        assertEquals(1, setup.audited(id, "poll.closed"));
    }

    /**
     * A tie between two options: the mayor closes the poll and picks one of the tied leaders; the draft takes the
     * option as its title and the poll as its evidence; a second start, and an option that did not lead, are
     * refused.
     */
    @Test
    void aTiedLeaderPickedByTheMayorStartsOneProposalLinkedToThePoll() throws Exception {
        long call = projects.openCall(5_000_000, 10, region);
        long id = openPoll("Бассейн", "Каток", "Библиотека");
        long pool = option(id, 0);
        long rink = option(id, 1);
        long library = option(id, 2);
        vote(residents.get(0), id, pool);
        vote(residents.get(1), id, pool);
        vote(residents.get(2), id, rink);
        vote(residents.get(3), id, rink);
        vote(residents.get(4), id, library);

        long open = view(mayor, MAYOR, id).version();
        DomainException notClosed = assertThrows(DomainException.class, () -> as(mayor, MAYOR,
                () -> polls.startProposal(id, open, rink, call)));
        assertEquals("poll.proposal.notClosed", notClosed.getMessageKey());
        as(mayor, MAYOR, () -> {
            polls.close(id, polls.view(id).version());
            return null;
        });
        PollView closed = view(mayor, MAYOR, id);
        assertTrue(closed.results().tie());
        assertTrue(closed.can().startProposal());
        DomainException notWinner = assertThrows(DomainException.class, () -> as(mayor, MAYOR,
                () -> polls.startProposal(id, closed.version(), library, call)));
        assertEquals("poll.proposal.notWinner", notWinner.getMessageKey());
        String neighbour = fixtures.newPerson(fixtures.district(Fixtures.unique("ZPD"), region), null, Role.MAYOR);
        assertThrows(AccessDeniedException.class, () -> as(neighbour, MAYOR,
                () -> polls.startProposal(id, closed.version(), rink, call)));

        long project = as(mayor, MAYOR, () -> polls.startProposal(id, closed.version(), rink, call));
        ProjectSetup.ProjectState state = projects.project(project);
        assertEquals("Каток", state.title());
        assertEquals(List.of(id, rink), List.of(setup.pollOf(project)));
        PollEvidence evidence = as(mayor, MAYOR, () -> polls.evidence(project));
        assertEquals(closed.question(), evidence.question());
        assertEquals("Каток", evidence.option());
        assertEquals(2, evidence.optionVotes());
        assertEquals(5, evidence.totalVotes());
        assertEquals(evidence, as(governor, GOVERNOR, () -> polls.evidence(project)));
        PollView after = view(mayor, MAYOR, id);
        assertEquals(project, after.proposal().projectId());
        assertFalse(after.can().startProposal());

        PortalException again = assertThrows(PortalException.class, () -> as(mayor, MAYOR,
                () -> polls.startProposal(id, after.version(), pool, call)));
        assertEquals("poll.proposal.already", again.getMessageKey());
        assertEquals(1, setup.projectsFrom(id));
        assertEquals(1, setup.audited(id, "poll.proposalStarted"));
    }

    /** The mayor presses "start a proposal" twice at the same moment: one draft, the other press is told so. */
    @Test
    void startingTheProposalTwiceAtOnceMakesOneDraft() throws Exception {
        long call = projects.openCall(5_000_000, 10, region);
        long id = openPoll("Бассейн", "Каток");
        long pool = option(id, 0);
        vote(residents.get(0), id, pool);
        as(mayor, MAYOR, () -> {
            polls.close(id, polls.view(id).version());
            return null;
        });
        long version = view(mayor, MAYOR, id).version();
        ProjectRace.Result<Long> race = ProjectRace.run(signIn, executor, List.of(mayor, mayor), MAYOR,
                i -> () -> polls.startProposal(id, version, pool, call));
        assertEquals(1, race.winners().size(), race::toString);
        assertEquals(1, setup.projectsFrom(id));
        assertInstanceOf(PortalException.class, race.losers().get(0), race::toString);
    }

    private int statements(String username, String role, Callable<?> work) throws Exception {
        return signIn.as(username, role, () -> Statements.of(work));
    }

    /** A page of polls and a poll's page are read with as many statements whatever they hold. */
    @Test
    void theListAndAPollCostTheSameWhateverTheyHold() throws Exception {
        String resident = residents.get(0);
        long small = openPoll("А", "Б");
        vote(resident, small, option(small, 0));
        int listOfOne = statements(resident, RESIDENT, () -> polls.polls(PageRequest.of(0, 20), null));
        int smallPoll = statements(resident, RESIDENT, () -> polls.view(small));
        long big = openPoll("А", "Б", "В", "Г", "Д", "Е");
        for (int i = 0; i < residents.size(); i++) {
            vote(residents.get(i), big, option(big, i));
        }
        openPoll("А", "Б");
        openPoll("А", "Б");
        int listOfFour = statements(resident, RESIDENT, () -> polls.polls(PageRequest.of(0, 20), null));
        int bigPoll = statements(resident, RESIDENT, () -> polls.view(big));
        assertEquals(listOfOne, listOfFour, "a page of 1 and of 4 polls");
        assertEquals(smallPoll, bigPoll, "a poll of 2 options and 1 vote and one of 6 options and 5 votes");
        assertEquals(statements(mayor, MAYOR, () -> polls.view(small)), statements(mayor, MAYOR, () -> polls.view(big)),
                "the mayor's page of either");
    }
}
