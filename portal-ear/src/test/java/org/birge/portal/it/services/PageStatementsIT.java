package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.BudgetCategory;
import org.birge.portal.project.domain.FundingSource;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.CallTerms;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.service.EnrolmentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page costs a fixed, small number of SQL statements whatever it shows: the project page of a proposal
 * with one budget line, milestone and indicator, and of one with thirty of each, and the lists of one and
 * of many rows, are each read with the same number of statements (counted by EclipseLink's session events).
 */
@ExtendWith(ArquillianExtension.class)
class PageStatementsIT {

    private static final int MANY = 30;
    /** A generous ceiling: the project page reads the project, its place, call, workflow and each collection once. */
    private static final int PAGE_CEILING = 25;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("page-statements-it");
    }

    @EJB
    private Fixtures fixtures;
    @EJB
    private GrantCallService calls;
    @EJB
    private ProposalService proposals;
    @EJB
    private ProjectService projects;
    @EJB
    private WorkflowService workflow;
    @EJB
    private EnrolmentService enrolments;
    @EJB
    private EnrolmentSetup training;
    @Inject
    private TestSignIn signIn;

    private int count(String username, String role, Callable<?> work) throws Exception {
        return signIn.as(username, role, () -> Statements.of(work));
    }

    @Test
    void theProjectPageAndTheListsCostTheSameWhateverTheySize() throws Exception {
        Region region = fixtures.region(Fixtures.unique("SR"));
        District district = fixtures.district(Fixtures.unique("SD"), region);
        String mayor = fixtures.newPerson(district, null, Role.MAYOR);
        String pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        long callId = openCall(pm, region);

        long small = proposal(mayor, callId, 1);
        long large = proposal(mayor, callId, MANY);

        int smallPage = count(mayor, "mayor", () -> projects.view(small));
        int largePage = count(mayor, "mayor", () -> projects.view(large));
        assertEquals(smallPage, largePage, "statements of the project page with 1 and with " + MANY + " rows each");
        assertTrue(largePage <= PAGE_CEILING, "the project page took " + largePage + " statements");

        int timeline = count(mayor, "mayor", () -> projects.timeline(large, PageRequest.of(0, 10)));
        int list = count(mayor, "mayor", () -> projects.projects(PageRequest.of(0, 20), null));
        for (int i = 0; i < 5; i++) {
            proposal(mayor, callId, 1);
        }
        assertEquals(list, count(mayor, "mayor", () -> projects.projects(PageRequest.of(0, 20), null)),
                "the project list with 2 and with 7 rows");
        assertEquals(timeline, count(mayor, "mayor", () -> projects.timeline(large, PageRequest.of(0, 10))),
                "the timeline page");
        int tasks = count(pm, "project-manager", () -> workflow.myTasks(PageRequest.of(0, 20)));
        assertTrue(tasks <= 4, "my tasks took " + tasks + " statements");
        int callsPage = count(pm, "project-manager", () -> calls.calls(PageRequest.of(0, 10), null));
        assertTrue(callsPage <= 5, "the calls page took " + callsPage + " statements");
        System.out.printf("Statements per page: project page %d (1 row) / %d (%d rows), project list %d,"
                + " timeline %d, my tasks %d, calls %d%n", smallPage, largePage, MANY, list, timeline, tasks, callsPage);
    }

    @Test
    void aSessionsRosterAndAMayorsTrainingCostTheSameWhateverTheyHold() throws Exception {
        Region region = fixtures.region(Fixtures.unique("ZSR"));
        District district = fixtures.district(Fixtures.unique("ZSD"), region);
        String trainer = fixtures.newPerson(null, null, Role.TRAINER);
        long session = training.openSession(MANY, trainer);
        List<String> mayors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mayors.add(fixtures.newPerson(district, null, Role.MAYOR));
        }
        for (String mayor : mayors.subList(0, 2)) {
            signIn.as(mayor, "mayor", () -> enrolments.enrol(session));
        }
        int fewPeople = count(trainer, "trainer", () -> enrolments.roster(session, PageRequest.of(0, 20)));
        for (String mayor : mayors.subList(2, 12)) {
            signIn.as(mayor, "mayor", () -> enrolments.enrol(session));
        }
        int manyPeople = count(trainer, "trainer", () -> enrolments.roster(session, PageRequest.of(0, 20)));
        assertEquals(fewPeople, manyPeople, "statements of the roster with 2 and with 12 people");

        String mayor = mayors.get(0);
        int oneSession = count(mayor, "mayor", () -> enrolments.mySessions(PageRequest.of(0, 10), true));
        long course = training.course(Fixtures.unique("Course"));
        for (int i = 1; i <= 4; i++) {
            long another = training.openSession(course, MANY, List.of(PortalClock.today().plusDays(40 + i)),
                    LocalTime.of(10, 0), LocalTime.of(13, 0), "Test hall", null, trainer);
            signIn.as(mayor, "mayor", () -> enrolments.enrol(another));
        }
        int fiveSessions = count(mayor, "mayor", () -> enrolments.mySessions(PageRequest.of(0, 10), true));
        assertEquals(oneSession, fiveSessions, "statements of my training with 1 and with 5 sessions");
        System.out.printf("Statements per page: roster %d, my training %d%n", manyPeople, fiveSessions);
    }

    private long openCall(String pm, Region region) throws Exception {
        CallTerms terms = new CallTerms();
        terms.setTitle("Statements " + Fixtures.unique("C"));
        terms.setEnvelope(100_000_000L);
        terms.setMaxGrant(10_000_000L);
        terms.setMinCofinancingPercent(20);
        terms.setOpensOn(PortalClock.today().minusDays(1));
        terms.setClosesOn(PortalClock.today().plusDays(30));
        terms.setRegionIds(List.of(region.getId()));
        terms.setCriteria(List.of(new CallTerms.CriterionItem("Need", 50), new CallTerms.CriterionItem("Cost", 50)));
        CallRow created = signIn.as(pm, "project-manager", () -> calls.create(terms));
        return signIn.as(pm, "project-manager", () -> calls.publish(created.id(), created.version())).id();
    }

    /** A saved draft with {@code rows} budget lines, milestones and indicators. */
    private long proposal(String mayor, long callId, int rows) throws Exception {
        long id = signIn.as(mayor, "mayor", () -> proposals.start(callId, "Rows " + rows + " " + Fixtures.unique("P")));
        ProposalDraft draft = signIn.as(mayor, "mayor", () -> proposals.draft(id));
        for (int i = 0; i < rows; i++) {
            ProposalDraft.Line line = new ProposalDraft.Line();
            line.setCategory(BudgetCategory.WORKS);
            line.setDescription("Line " + i);
            line.setQuantity(BigDecimal.ONE);
            line.setUnitCost(1000L);
            draft.getLines().add(line);
            ProposalDraft.Step step = new ProposalDraft.Step();
            step.setTitle("Milestone " + i);
            step.setDueOn(LocalDate.now().plusMonths(i + 1));
            draft.getMilestones().add(step);
            ProposalDraft.Measure measure = new ProposalDraft.Measure();
            measure.setName("Indicator " + i);
            measure.setUnit("people");
            measure.setBaseline(BigDecimal.ZERO);
            measure.setTarget(BigDecimal.TEN);
            draft.getIndicators().add(measure);
        }
        draft.getFunding().stream().filter(f -> f.getSource() == FundingSource.PROGRAMME_GRANT).findFirst()
                .ifPresent(f -> f.setAmount(800L * rows));
        signIn.as(mayor, "mayor", () -> proposals.save(draft));
        return id;
    }
}
