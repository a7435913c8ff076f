package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.dashboard.service.AdminDashboard;
import org.birge.portal.dashboard.service.Count;
import org.birge.portal.dashboard.service.DashboardService;
import org.birge.portal.dashboard.service.GovernorDashboard;
import org.birge.portal.dashboard.service.GovernorDashboard.DistrictRow;
import org.birge.portal.dashboard.service.MayorDashboard;
import org.birge.portal.dashboard.service.ProgrammeDashboard;
import org.birge.portal.dashboard.service.ProgrammeDashboard.RegionRow;
import org.birge.portal.dashboard.service.TrainerDashboard;
import org.birge.portal.feedback.service.TrustRow;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role dashboards' figures from records made for each test in test regions: every figure is asserted
 * exactly for the caller's scope (a mayor's district, a governor's region, a trainer's sessions), with the
 * same kind of records next door that must not count (another district, another region, another trainer).
 * The programme's and the portal's figures, which the whole database shares, are asserted for a new region
 * and as the change the new records make. Each dashboard costs the same number of statements whatever the
 * data holds.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final String MAYOR = "mayor";
    private static final String GOVERNOR = "governor";
    private static final String PM = "project-manager";
    private static final String TRAINER = "trainer";
    private static final String ADMIN = "admin";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("dashboard-it");
    }

    @EJB
    private DashboardService dashboards;
    @EJB
    private AuditService audit;
    @EJB
    private Fixtures fixtures;
    @EJB
    private DashboardSetup setup;
    @EJB
    private TrustHistory history;
    @EJB
    private EnrolmentSetup training;
    @Inject
    private TestSignIn signIn;

    private final LocalDate today = PortalClock.today();

    /** Two regions: A with districts A1 and A2, B with B1, a published call in each. */
    private final class Places {
        final Region a = fixtures.region(Fixtures.unique("ZDA"));
        final Region b = fixtures.region(Fixtures.unique("ZDB"));
        final District a1 = fixtures.district(Fixtures.unique("ZDA1"), a);
        final District a2 = fixtures.district(Fixtures.unique("ZDA2"), a);
        final District b1 = fixtures.district(Fixtures.unique("ZDB1"), b);
        final long callA = setup.call(a.getId(), 500_000_000L, "PUBLISHED");
        final long callB = setup.call(b.getId(), 300_000_000L, "PUBLISHED");

        long project(District d, String status, long cost, long requested, long approved) {
            return setup.project(d.getId(), d.getRegion().getId().equals(a.getId()) ? callA : callB, status, cost,
                    requested, approved);
        }

        long task(long project, District d, String responsible, String step, int dueInDays, String status) {
            return setup.task(project, d.getId(), d.getRegion().getId(), responsible, step, today.plusDays(dueInDays),
                    status);
        }

        void openAppeal(District d, int dueInDays) {
            history.appeal(TrustHistory.Appeal.open(d.getId(), Fixtures.unique("r").toLowerCase(), "RECEIVED",
                    today.minusDays(10), today.plusDays(dueInDays)));
        }

        void answeredAppeal(District d, boolean onTime, String rating) {
            history.appeal(TrustHistory.Appeal.answered(d.getId(), Fixtures.unique("r").toLowerCase(),
                    today.minusDays(20), java.time.Instant.now().minusSeconds(86_400), 5, onTime, rating));
        }
    }

    @Test
    void aMayorSeesTheirOwnDistrictsWeekAndNothingOfAnother() throws Exception {
        Places p = new Places();
        String mayor = fixtures.newPerson(p.a1, null, Role.MAYOR);
        // Projects of A1: a draft and one in implementation with a budget of 1,000,000, 250,000 spent
        // (two expenditures), three milestones of which one is reached.
        long draft = p.project(p.a1, "DRAFT", 400_000, 300_000, 0);
        long building = p.project(p.a1, "IN_IMPLEMENTATION", 1_000_000, 800_000, 800_000);
        setup.spend(building, 200_000);
        setup.spend(building, 50_000);
        setup.milestone(building, true);
        setup.milestone(building, false);
        setup.milestone(building, false);
        // The mayor's tasks: overdue, due in 3 days (this week), due in 20 days; one done; one of the governor.
        p.task(draft, p.a1, "DISTRICT_MAYOR", "submission", -2, "OPEN");
        p.task(building, p.a1, "DISTRICT_MAYOR", "implementation", 3, "OPEN");
        p.task(building, p.a1, "DISTRICT_MAYOR", "implementation", 20, "OPEN");
        p.task(building, p.a1, "DISTRICT_MAYOR", "submission", -30, "DONE");
        p.task(draft, p.a1, "REGION_GOVERNOR", "endorsement", -1, "OPEN");
        // Appeals of A1: overdue, due in 2 days, due in 30 days, one answered.
        p.openAppeal(p.a1, -1);
        p.openAppeal(p.a1, 2);
        p.openAppeal(p.a1, 30);
        p.answeredAppeal(p.a1, true, "SATISFIED");
        // Training: the mayor's sessions in 10 and in 20 days; a withdrawn one sooner.
        long course = training.course(Fixtures.unique("Course"));
        long soon = setup.session(course, today.plusDays(10), today.plusDays(11), 20, "OPEN", "trainer.x");
        long later = setup.session(course, today.plusDays(20), today.plusDays(20), 20, "OPEN", "trainer.x");
        long withdrawn = setup.session(course, today.plusDays(5), today.plusDays(5), 20, "OPEN", "trainer.x");
        setup.enrol(later, mayor, p.a1.getId(), p.a.getId(), "CONFIRMED");
        setup.enrol(soon, mayor, p.a1.getId(), p.a.getId(), "WAITLISTED");
        setup.enrol(withdrawn, mayor, p.a1.getId(), p.a.getId(), "WITHDRAWN");
        // Next door, in A2: the same kinds of records, none of which the mayor of A1 may count.
        long other = p.project(p.a2, "IN_IMPLEMENTATION", 9_000_000, 5_000_000, 5_000_000);
        setup.spend(other, 4_000_000);
        setup.milestone(other, true);
        p.task(other, p.a2, "DISTRICT_MAYOR", "implementation", -5, "OPEN");
        p.task(other, p.a2, "DISTRICT_MAYOR", "implementation", 1, "OPEN");
        p.openAppeal(p.a2, -3);
        p.openAppeal(p.a2, 1);

        MayorDashboard d = signIn.as(mayor, MAYOR, () -> dashboards.mayor());
        Map<String, Long> states = byKey(d.projectsByState());
        assertAll(
                () -> assertEquals(p.a1.getId(), d.districtId()),
                () -> assertEquals(3, d.openTasks(), "open tasks of the mayor of A1"),
                () -> assertEquals(1, d.overdueTasks(), "overdue tasks"),
                () -> assertEquals(1, d.tasksDueThisWeek(), "tasks due within seven days"),
                () -> assertEquals(3, d.deadlines().size()),
                () -> assertTrue(d.deadlines().get(0).overdue(), "the overdue task comes first"),
                () -> assertEquals(draft, d.deadlines().get(0).projectId()),
                () -> assertEquals(3, d.openAppeals(), "appeals to answer in A1"),
                () -> assertEquals(1, d.overdueAppeals(), "overdue appeals"),
                () -> assertEquals(1, d.appealsDueThisWeek(), "appeals due within seven days"),
                () -> assertEquals(2, d.projects(), "projects of A1"),
                () -> assertEquals(1, states.get("DRAFT")),
                () -> assertEquals(1, states.get("IN_IMPLEMENTATION")),
                () -> assertEquals(0, states.get("CLOSED")),
                () -> assertEquals(1_000_000, d.budget(), "the budget of the projects under way"),
                () -> assertEquals(250_000, d.spent(), "spent on them"),
                () -> assertEquals(25.0, d.spentShare()),
                () -> assertEquals(1, d.progress().size()),
                () -> assertEquals(building, d.progress().get(0).id()),
                () -> assertEquals(3, d.progress().get(0).milestones()),
                () -> assertEquals(1, d.progress().get(0).reached()),
                () -> assertEquals(250_000, d.progress().get(0).spent()),
                () -> assertNotNull(d.nextSession()),
                () -> assertEquals(soon, d.nextSession().sessionId(), "the nearest session not withdrawn from"),
                () -> assertEquals("WAITLISTED", d.nextSession().enrolment()),
                () -> assertEquals(4, d.trust().received(), "the trust figures of A1 only"),
                () -> assertEquals(1, d.trust().overdue()),
                () -> assertEquals(1, d.trust().satisfied()));

        String mayorA2 = fixtures.newPerson(p.a2, null, Role.MAYOR);
        MayorDashboard d2 = signIn.as(mayorA2, MAYOR, () -> dashboards.mayor());
        assertAll(
                () -> assertEquals(2, d2.openTasks()),
                () -> assertEquals(1, d2.overdueTasks()),
                () -> assertEquals(2, d2.openAppeals()),
                () -> assertEquals(1, d2.projects()),
                () -> assertEquals(9_000_000, d2.budget()),
                () -> assertEquals(4_000_000, d2.spent()),
                () -> assertNull(d2.nextSession()));

        String unassigned = fixtures.newPerson(null, null, Role.MAYOR);
        assertNull(signIn.as(unassigned, MAYOR, () -> dashboards.mayor()), "a mayor without a district has none");
    }

    @Test
    void aGovernorComparesTheDistrictsOfTheirRegionOnlyOverdueFirst() throws Exception {
        Places p = new Places();
        String governor = fixtures.newPerson(null, p.a, Role.GOVERNOR);
        // Projects: A1 two in review, A2 one in implementation and one closed; B1 three in review.
        long a1p = p.project(p.a1, "IN_REVIEW", 1_000_000, 800_000, 0);
        p.project(p.a1, "IN_REVIEW", 1_000_000, 800_000, 0);
        long a2p = p.project(p.a2, "IN_IMPLEMENTATION", 1_000_000, 800_000, 800_000);
        p.project(p.a2, "CLOSED", 1_000_000, 800_000, 800_000);
        long b1p = p.project(p.b1, "IN_REVIEW", 1_000_000, 800_000, 0);
        p.project(p.b1, "IN_REVIEW", 1_000_000, 800_000, 0);
        p.project(p.b1, "IN_REVIEW", 1_000_000, 800_000, 0);
        // Endorsements: A1 one on time; A2 one overdue and one on time; B1 two overdue.
        p.task(a1p, p.a1, "REGION_GOVERNOR", "endorsement", 3, "OPEN");
        p.task(a2p, p.a2, "REGION_GOVERNOR", "endorsement", -1, "OPEN");
        p.task(a2p, p.a2, "REGION_GOVERNOR", "endorsement", 4, "OPEN");
        p.task(a2p, p.a2, "DISTRICT_MAYOR", "implementation", -4, "OPEN");
        p.task(b1p, p.b1, "REGION_GOVERNOR", "endorsement", -2, "OPEN");
        p.task(b1p, p.b1, "REGION_GOVERNOR", "endorsement", -2, "OPEN");
        // Appeals: A1 two answered (one on time, satisfied; one late, unsatisfied), one open on time;
        // A2 one open overdue; B1 three open overdue.
        p.answeredAppeal(p.a1, true, "SATISFIED");
        p.answeredAppeal(p.a1, false, "NOT_SATISFIED");
        p.openAppeal(p.a1, 5);
        p.openAppeal(p.a2, -2);
        for (int i = 0; i < 3; i++) {
            p.openAppeal(p.b1, -2);
        }
        // Mayors: two in A1, one of them certified in a core course; one in A2, not; one in B1, certified.
        long core = training.course(Fixtures.unique("Core"), java.util.EnumSet.of(Role.MAYOR));
        long held = setup.session(core, today.minusDays(20), today.minusDays(19), 20, "COMPLETED", "trainer.x");
        String trained = fixtures.newPerson(p.a1, null, Role.MAYOR);
        fixtures.newPerson(p.a1, null, Role.MAYOR);
        fixtures.newPerson(p.a2, null, Role.MAYOR);
        String trainedB = fixtures.newPerson(p.b1, null, Role.MAYOR);
        setup.certify(setup.enrol(held, trained, p.a1.getId(), p.a.getId(), "COMPLETED"));
        setup.certify(setup.enrol(held, trainedB, p.b1.getId(), p.b.getId(), "COMPLETED"));

        GovernorDashboard d = signIn.as(governor, GOVERNOR, () -> dashboards.governor());
        List<DistrictRow> rows = d.districts();
        DistrictRow t = d.total();
        int inReview = d.states().indexOf("IN_REVIEW");
        assertAll(
                () -> assertEquals(p.a.getId(), d.regionId()),
                () -> assertEquals(List.of(p.a2.getId(), p.a1.getId()), rows.stream().map(DistrictRow::id).toList(),
                        "the districts of region A, the one with overdue items first"),
                () -> assertEquals(2, rows.get(1).projects()),
                () -> assertEquals(2, rows.get(1).projectsByState().get(inReview)),
                () -> assertEquals(2, rows.get(0).projects()),
                () -> assertEquals(1, rows.get(1).endorsements()),
                () -> assertEquals(0, rows.get(1).overdueEndorsements()),
                () -> assertEquals(2, rows.get(0).endorsements()),
                () -> assertEquals(1, rows.get(0).overdueEndorsements()),
                () -> assertEquals(1, rows.get(0).appeals().overdue()),
                () -> assertEquals(50.0, rows.get(1).appeals().onTimeShare()),
                () -> assertEquals(50.0, rows.get(1).appeals().satisfiedShare()),
                () -> assertEquals(2, rows.get(1).mayors()),
                () -> assertEquals(1, rows.get(1).trainedMayors()),
                () -> assertEquals(1, rows.get(0).mayors()),
                () -> assertEquals(0, rows.get(0).trainedMayors()),
                // The region's totals: never anything of region B.
                () -> assertEquals(4, t.projects(), "projects of region A"),
                () -> assertEquals(2, t.projectsByState().get(inReview), "in review in region A"),
                () -> assertEquals(3, t.endorsements(), "endorsements waiting in region A"),
                () -> assertEquals(1, t.overdueEndorsements()),
                () -> assertEquals(4, t.appeals().received(), "appeals of region A"),
                () -> assertEquals(2, t.appeals().open()),
                () -> assertEquals(1, t.appeals().overdue()),
                () -> assertEquals(3, t.mayors()),
                () -> assertEquals(1, t.trainedMayors()));

        String governorB = fixtures.newPerson(null, p.b, Role.GOVERNOR);
        GovernorDashboard db = signIn.as(governorB, GOVERNOR, () -> dashboards.governor());
        assertAll(
                () -> assertEquals(List.of(p.b1.getId()), db.districts().stream().map(DistrictRow::id).toList()),
                () -> assertEquals(3, db.total().projects()),
                () -> assertEquals(2, db.total().endorsements()),
                () -> assertEquals(2, db.total().overdueEndorsements()),
                () -> assertEquals(3, db.total().appeals().overdue()),
                () -> assertEquals(1, db.total().mayors()),
                () -> assertEquals(1, db.total().trainedMayors()));
    }

    @Test
    void aProjectManagerSeesTheProgrammeByRegion() throws Exception {
        String pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        ProgrammeDashboard before = signIn.as(pm, PM, () -> dashboards.programme());
        Places p = new Places();
        long draft = p.project(p.a1, "DRAFT", 2_000_000, 1_000_000, 0);
        p.project(p.a1, "IN_REVIEW", 2_000_000, 1_500_000, 0);
        p.project(p.a1, "REJECTED", 2_000_000, 1_900_000, 0);
        long running = p.project(p.a2, "IN_IMPLEMENTATION", 4_000_000, 3_000_000, 2_000_000);
        long closed = p.project(p.a2, "CLOSED", 1_000_000, 500_000, 500_000);
        setup.spend(running, 1_000_000);
        // Approvals waiting for project managers: one appraisal overdue, one decision on time.
        p.task(draft, p.a1, "PROJECT_MANAGER", "appraisal", -1, "OPEN");
        p.task(running, p.a2, "PROJECT_MANAGER", "grant-decision", 2, "OPEN");
        p.task(running, p.a2, "PROJECT_MANAGER", "appraisal", -9, "DONE");
        // Indicators: reached by the final value; reached by the latest quarter; below target; not reported;
        // a decreasing one (target below baseline) reached; and one of a draft, which does not count.
        setup.indicator(closed, 0, 100, 120);
        setup.indicator(running, 0, 100, null, 40, 100);
        setup.indicator(running, 0, 100, null, 100, 60);
        setup.indicator(running, 0, 100, null);
        setup.indicator(running, 50, 10, null, 8);
        setup.indicator(draft, 0, 100, 500);
        // Training: a completed session with two trainees completed, one certificate, two evaluations.
        long course = training.course(Fixtures.unique("Course"));
        long held = setup.session(course, today.minusDays(10), today.minusDays(9), 20, "COMPLETED", "trainer.x");
        long e1 = setup.enrol(held, Fixtures.unique("t").toLowerCase(), p.a1.getId(), p.a.getId(), "COMPLETED");
        long e2 = setup.enrol(held, Fixtures.unique("t").toLowerCase(), p.a2.getId(), p.a.getId(), "COMPLETED");
        setup.certify(e1);
        setup.evaluate(e1, 5, 5, 5);
        setup.evaluate(e2, 3, 3, 3);
        setup.session(course, today.plusDays(10), today.plusDays(10), 20, "OPEN", "trainer.x");
        p.answeredAppeal(p.a1, true, "SATISFIED");
        p.openAppeal(p.a2, -1);

        ProgrammeDashboard after = signIn.as(pm, PM, () -> dashboards.programme());
        RegionRow a = after.regions().stream().filter(r -> r.id() == p.a.getId()).findFirst().orElseThrow();
        RegionRow b = after.regions().stream().filter(r -> r.id() == p.b.getId()).findFirst().orElseThrow();
        TrustRow trustA = after.trust().parts().stream().filter(r -> r.id() == p.a.getId()).findFirst().orElseThrow();
        int draftIndex = after.states().indexOf("DRAFT");
        int rejectedIndex = after.states().indexOf("REJECTED");
        assertAll(
                () -> assertEquals(5, a.projects(), "projects of the new region"),
                () -> assertEquals(1, a.projectsByState().get(draftIndex)),
                () -> assertEquals(1, a.projectsByState().get(rejectedIndex)),
                () -> assertEquals(5_000_000, a.requested(), "requested by submitted, not rejected proposals"),
                () -> assertEquals(2_500_000, a.approved()),
                () -> assertEquals(0, b.projects()),
                () -> assertEquals(before.envelope() + 800_000_000L, after.envelope(), "two published calls"),
                () -> assertEquals(before.requested() + 5_000_000, after.requested()),
                () -> assertEquals(before.approved() + 2_500_000, after.approved()),
                () -> assertEquals(before.disbursed() + 500_000, after.disbursed(), "the grant's half of 1,000,000"),
                () -> assertEquals(before.waitingApprovals() + 2, after.waitingApprovals()),
                () -> assertEquals(before.overdueApprovals() + 1, after.overdueApprovals()),
                () -> assertEquals(before.indicators() + 5, after.indicators()),
                () -> assertEquals(before.indicatorsReached() + 3, after.indicatorsReached()),
                () -> assertEquals(before.indicatorsReported() + 1, after.indicatorsReported()),
                () -> assertEquals(before.indicatorsNotReported() + 1, after.indicatorsNotReported()),
                () -> assertEquals(before.training().sessionsCompleted() + 1, after.training().sessionsCompleted()),
                () -> assertEquals(before.training().sessionsUpcoming() + 1, after.training().sessionsUpcoming()),
                () -> assertEquals(before.training().traineesCompleted() + 2, after.training().traineesCompleted()),
                () -> assertEquals(before.training().certificates() + 1, after.training().certificates()),
                () -> assertEquals(before.training().evaluations() + 2, after.training().evaluations()),
                () -> assertEquals(2, trustA.received(), "the new region's trust figures"),
                () -> assertEquals(1, trustA.overdue()),
                () -> assertEquals(100.0, trustA.onTimeShare()));
    }

    @Test
    void aTrainerSeesTheirOwnSessionsAndScores() throws Exception {
        String trainer = fixtures.newPerson(null, null, Role.TRAINER);
        String other = fixtures.newPerson(null, null, Role.TRAINER);
        long course = training.course(Fixtures.unique("Course"));
        long first = setup.session(course, today.plusDays(5), today.plusDays(6), 10, "OPEN", trainer);
        long second = setup.session(course, today.plusDays(15), today.plusDays(15), 5, "PLANNED", trainer, other);
        long cancelled = setup.session(course, today.plusDays(3), today.plusDays(3), 8, "CANCELLED", trainer);
        long past = setup.session(course, today.minusDays(20), today.minusDays(20), 10, "COMPLETED", trainer);
        long theirs = setup.session(course, today.plusDays(2), today.plusDays(2), 30, "OPEN", other);
        for (String status : List.of("CONFIRMED", "CONFIRMED", "REQUESTED", "WAITLISTED", "WITHDRAWN")) {
            setup.enrol(first, Fixtures.unique("t").toLowerCase(), null, null, status);
        }
        setup.enrol(second, Fixtures.unique("t").toLowerCase(), null, null, "WAITLISTED");
        setup.enrol(cancelled, Fixtures.unique("t").toLowerCase(), null, null, "CONFIRMED");
        setup.enrol(theirs, Fixtures.unique("t").toLowerCase(), null, null, "CONFIRMED");
        setup.evaluate(setup.enrol(past, Fixtures.unique("t").toLowerCase(), null, null, "COMPLETED"), 5, 4, 3);
        setup.evaluate(setup.enrol(past, Fixtures.unique("t").toLowerCase(), null, null, "COMPLETED"), 3, 4, 5);
        long theirsPast = setup.session(course, today.minusDays(9), today.minusDays(9), 10, "COMPLETED", other);
        setup.evaluate(setup.enrol(theirsPast, Fixtures.unique("t").toLowerCase(), null, null, "COMPLETED"), 1, 1, 1);

        TrainerDashboard d = signIn.as(trainer, TRAINER, () -> dashboards.trainer());
        assertAll(
                () -> assertEquals(List.of(first, second), d.upcoming().stream().map(TrainerDashboard.SessionRow::id)
                        .toList(), "the trainer's sessions to come, the nearest first, not the cancelled one"),
                () -> assertEquals(2, d.upcomingSessions()),
                () -> assertEquals(15, d.seats()),
                () -> assertEquals(2, d.confirmed()),
                () -> assertEquals(1, d.requested()),
                () -> assertEquals(2, d.waitlisted()),
                () -> assertEquals(2, d.upcoming().get(0).confirmed()),
                () -> assertEquals(7, d.upcoming().get(0).freeSeats(), "ten seats, two confirmed, one requested"),
                () -> assertEquals(2, d.overall().evaluations(), "the evaluations of the trainer's sessions only"),
                () -> assertEquals(4.0, d.overall().usefulness(), 1e-9),
                () -> assertEquals(4.0, d.overall().trainerRating(), 1e-9),
                () -> assertEquals(4.0, d.overall().organisation(), 1e-9),
                () -> assertEquals(1, d.byCourse().size()),
                () -> assertEquals(course, d.byCourse().get(0).courseId()));

        TrainerDashboard o = signIn.as(other, TRAINER, () -> dashboards.trainer());
        assertAll(
                () -> assertEquals(List.of(theirs, second), o.upcoming().stream().map(TrainerDashboard.SessionRow::id)
                        .toList()),
                () -> assertEquals(1, o.overall().evaluations(), "the evaluations of the other trainer's session only"),
                () -> assertEquals(1.0, o.overall().usefulness(), 1e-9));
    }

    @Test
    void anAdministratorSeesPeopleReferenceDataAndTheAuditChain() throws Exception {
        String admin = fixtures.newAdmin();
        AdminDashboard before = signIn.as(admin, ADMIN, () -> dashboards.admin());
        Places p = new Places();
        fixtures.newPerson(p.a1, null, Role.MAYOR);
        fixtures.newPerson(null, p.a, Role.GOVERNOR);
        fixtures.newPerson(null, null, Role.TRAINER, Role.PROJECT_MANAGER);
        AdminDashboard after = signIn.as(admin, ADMIN, () -> dashboards.admin());
        Map<String, Long> was = byKey(before.byRole());
        Map<String, Long> is = byKey(after.byRole());
        assertAll(
                () -> assertEquals(before.officials() + 3, after.officials()),
                () -> assertEquals(was.get(Role.MAYOR_NAME) + 1, is.get(Role.MAYOR_NAME)),
                () -> assertEquals(was.get(Role.GOVERNOR_NAME) + 1, is.get(Role.GOVERNOR_NAME)),
                () -> assertEquals(was.get(Role.TRAINER_NAME) + 1, is.get(Role.TRAINER_NAME)),
                () -> assertEquals(was.get(Role.PROJECT_MANAGER_NAME) + 1, is.get(Role.PROJECT_MANAGER_NAME)),
                () -> assertEquals(was.get(Role.ADMIN_NAME), is.get(Role.ADMIN_NAME)),
                () -> assertEquals(before.regions() + 2, after.regions()),
                () -> assertEquals(before.activeRegions() + 2, after.activeRegions()),
                () -> assertEquals(before.districts() + 3, after.districts()),
                () -> assertEquals(setup.auditLength(), after.auditRecords(), "the chain's length from its head"));
        AuditService.ChainStatus chain = signIn.as(admin, ADMIN, () -> audit.verify());
        assertTrue(chain.intact());
        assertEquals(chain.rowsChecked(), signIn.as(admin, ADMIN, () -> dashboards.admin()).auditRecords());
    }

    @Test
    void everyDashboardCostsTheSameWhateverItShows() throws Exception {
        Places p = new Places();
        String mayor = fixtures.newPerson(p.a1, null, Role.MAYOR);
        String governor = fixtures.newPerson(null, p.a, Role.GOVERNOR);
        String pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        String trainer = fixtures.newPerson(null, null, Role.TRAINER);
        String admin = fixtures.newAdmin();
        long course = training.course(Fixtures.unique("Course"));

        int[] few = costs(mayor, governor, pm, trainer, admin);
        for (int i = 0; i < 6; i++) {
            fixtures.district(Fixtures.unique("ZDX"), p.a);
            long project = p.project(i % 2 == 0 ? p.a1 : p.a2, i % 3 == 0 ? "IN_IMPLEMENTATION" : "IN_REVIEW",
                    1_000_000, 500_000, 500_000);
            setup.spend(project, 1000);
            setup.milestone(project, i % 2 == 0);
            setup.indicator(project, 0, 10, null, 5);
            p.task(project, p.a1, "DISTRICT_MAYOR", "implementation", i - 3, "OPEN");
            p.task(project, p.a2, "REGION_GOVERNOR", "endorsement", i - 3, "OPEN");
            p.task(project, p.a1, "PROJECT_MANAGER", "appraisal", i - 3, "OPEN");
            p.openAppeal(i % 2 == 0 ? p.a1 : p.a2, i - 3);
            p.answeredAppeal(p.a1, i % 2 == 0, "SATISFIED");
            long session = setup.session(course, today.plusDays(i + 1), today.plusDays(i + 2), 10, "OPEN", trainer);
            setup.enrol(session, mayor, p.a1.getId(), p.a.getId(), "CONFIRMED");
            setup.enrol(session, Fixtures.unique("t").toLowerCase(), null, null, "WAITLISTED");
            fixtures.newPerson(p.a2, null, Role.MAYOR);
        }
        int[] many = costs(mayor, governor, pm, trainer, admin);
        String[] names = {"mayor", "governor", "project manager", "trainer", "admin"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(few[i], many[i], "statements of the " + names[i] + "'s dashboard with little and more data");
            assertTrue(many[i] <= 20, "the " + names[i] + "'s dashboard took " + many[i] + " statements");
        }
        System.out.printf("Statements per dashboard: mayor %d, governor %d, project manager %d, trainer %d,"
                + " admin %d%n", many[0], many[1], many[2], many[3], many[4]);
    }

    private int[] costs(String mayor, String governor, String pm, String trainer, String admin) throws Exception {
        return new int[] {
            signIn.as(mayor, MAYOR, () -> Statements.of(() -> dashboards.mayor())),
            signIn.as(governor, GOVERNOR, () -> Statements.of(() -> dashboards.governor())),
            signIn.as(pm, PM, () -> Statements.of(() -> dashboards.programme())),
            signIn.as(trainer, TRAINER, () -> Statements.of(() -> dashboards.trainer())),
            signIn.as(admin, ADMIN, () -> Statements.of(() -> dashboards.admin()))};
    }

    private static Map<String, Long> byKey(List<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::key, Count::count));
    }
}
