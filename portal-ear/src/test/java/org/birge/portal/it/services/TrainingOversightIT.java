package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.service.CourseState;
import org.birge.portal.training.service.CoverageFilter;
import org.birge.portal.training.service.CoverageRow;
import org.birge.portal.training.service.CoverageTotals;
import org.birge.portal.training.service.FigureFilter;
import org.birge.portal.training.service.FigureRow;
import org.birge.portal.training.service.TrainingOversightService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Oversight of the training: a governor sees the training coverage of their own region's mayors only (the
 * signed-in mayors and the trainees enrolled from the region who have not signed in yet), each mayor's
 * state in each core course, filtered and paged; a project manager sees the programme's figures per
 * course and region, computed from a small history of sessions built here.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingOversightIT {

    private static final String GOVERNOR = "governor";
    private static final String PM = "project-manager";
    private static final PageRequest ALL = PageRequest.of(0, 50);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("training-oversight-it");
    }

    @EJB
    private TrainingOversightService oversight;
    @EJB
    private Fixtures fixtures;
    @EJB
    private PastTraining training;
    @Inject
    private TestSignIn signIn;

    // ---------------------------------------------------------------------------------------- coverage

    /** A region A of two districts and a region B, their people, and what each did in two core courses. */
    private final class Coverage {
        final Region regionA = fixtures.region(Fixtures.unique("ZRA"));
        final Region regionB = fixtures.region(Fixtures.unique("ZRB"));
        final District a1 = fixtures.district(Fixtures.unique("ZDA1"), regionA);
        final District a2 = fixtures.district(Fixtures.unique("ZDA2"), regionA);
        final District b1 = fixtures.district(Fixtures.unique("ZDB1"), regionB);
        final String governorA = fixtures.newPerson(null, regionA, Role.GOVERNOR);
        final String governorB = fixtures.newPerson(null, regionB, Role.GOVERNOR);
        final String completedOne = fixtures.newPerson(a1, null, Role.MAYOR);
        final String revoked = fixtures.newPerson(a1, null, Role.MAYOR);
        final String failed = fixtures.newPerson(a2, null, Role.MAYOR);
        final String nothing = fixtures.newPerson(a2, null, Role.MAYOR);
        final String notSignedIn = Fixtures.unique("u").toLowerCase(java.util.Locale.ROOT);
        final String mayorB = fixtures.newPerson(b1, null, Role.MAYOR);
        final String residentA = fixtures.newPerson(a1, null, Role.RESIDENT);
        final String core1 = Fixtures.unique("ZT");
        final String core2 = Fixtures.unique("ZT");
        final String forGovernors = Fixtures.unique("ZT");
        final long core1Id = training.course(core1, Role.MAYOR);
        final long core2Id = training.course(core2, Role.MAYOR, Role.GOVERNOR);
        final long forGovernorsId = training.course(forGovernors, Role.GOVERNOR);

        Coverage() {
            LocalDate past = PortalClock.today().minusDays(20);
            // Core course 1, a past session: completed, completed then revoked, attended without completing.
            long s1 = training.session(core1Id, past);
            long e1 = training.enrol(s1, completedOne, a1, true);
            long e2 = training.enrol(s1, revoked, a1, true);
            long e3 = training.enrol(s1, failed, a2, true);
            long e4 = training.enrol(s1, mayorB, b1, true);
            long e5 = training.enrol(s1, residentA, a1, true);
            Map<Long, Long> certificates = training.run(s1, Map.of(e1, good(), e2, good(), e3,
                    new PastTraining.Outcome(true, 30, 40), e4, good(), e5, good()));
            training.revoke(certificates.get(e2));
            // Core course 1, an open session: the trainee not signed in waits for a seat.
            long s2 = training.session(core1Id, PortalClock.today().plusDays(10));
            training.enrol(s2, notSignedIn, a2, false);
            // Core course 2: the one who completed course 1 is enrolled; the trainee not signed in completed it.
            long s3 = training.session(core2Id, PortalClock.today().plusDays(12));
            training.enrol(s3, completedOne, a1, true);
            long s4 = training.session(core2Id, past.minusDays(5));
            long e6 = training.enrol(s4, notSignedIn, a2, true);
            training.run(s4, Map.of(e6, good()));
            // A course for governors only is no core course; a withdrawal counts for nothing.
            long s5 = training.session(forGovernorsId, past);
            long e7 = training.enrol(s5, nothing, a2, true);
            training.run(s5, Map.of(e7, good()));
            long s6 = training.session(core2Id, PortalClock.today().plusDays(30));
            training.withdraw(training.enrol(s6, nothing, a2, true));
        }

        Set<String> regionAMayors() {
            return Set.of(completedOne, revoked, failed, nothing, notSignedIn);
        }
    }

    private static PastTraining.Outcome good() {
        return new PastTraining.Outcome(true, 40, 90);
    }

    private Page<CoverageRow> coverage(String governor, CoverageFilter filter, PageRequest page) throws Exception {
        return signIn.as(governor, GOVERNOR, () -> oversight.coverage(page, filter));
    }

    private Set<String> listed(String governor, CoverageFilter filter) throws Exception {
        Page<CoverageRow> page = coverage(governor, filter, ALL);
        Set<String> names = page.rows().stream().map(CoverageRow::username).collect(Collectors.toSet());
        assertEquals(page.total(), names.size(), "the total counts the rows");
        return names;
    }

    @Test
    void aGovernorSeesTheStateOfEachMayorOfTheirRegionInEachCoreCourse() throws Exception {
        Coverage c = new Coverage();
        Page<CoverageRow> page = coverage(c.governorA, new CoverageFilter(), ALL);
        Map<String, CoverageRow> rows = new HashMap<>();
        page.rows().forEach(r -> rows.put(r.username(), r));

        assertEquals(c.regionAMayors(), rows.keySet(), "the mayors of region A, signed in or not; no resident");
        assertAll("states",
                () -> assertEquals(CourseState.COMPLETED, rows.get(c.completedOne).state(c.core1)),
                () -> assertEquals(CourseState.IN_PROGRESS, rows.get(c.completedOne).state(c.core2)),
                () -> assertEquals(CourseState.NOT_COMPLETED, rows.get(c.revoked).state(c.core1),
                        "a revoked certificate no longer counts"),
                () -> assertEquals(CourseState.NOT_STARTED, rows.get(c.revoked).state(c.core2)),
                () -> assertEquals(CourseState.NOT_COMPLETED, rows.get(c.failed).state(c.core1)),
                () -> assertEquals(CourseState.NOT_STARTED, rows.get(c.nothing).state(c.core1)),
                () -> assertEquals(CourseState.NOT_STARTED, rows.get(c.nothing).state(c.core2),
                        "a withdrawal is no start"),
                () -> assertEquals(CourseState.IN_PROGRESS, rows.get(c.notSignedIn).state(c.core1),
                        "waiting for a seat"),
                () -> assertEquals(CourseState.COMPLETED, rows.get(c.notSignedIn).state(c.core2)),
                () -> assertFalse(rows.get(c.notSignedIn).registered()),
                () -> assertEquals(c.a2.getName().getEn(), rows.get(c.notSignedIn).district().en()),
                () -> assertTrue(rows.get(c.failed).registered()),
                () -> assertEquals(c.a1.getName().getRu(), rows.get(c.completedOne).district().ru()));

        CoverageTotals totals = signIn.as(c.governorA, GOVERNOR, () -> oversight.coverageTotals(
                new CoverageFilter(null, c.core1Id, false)));
        assertEquals(5, totals.mayors());
        assertEquals(List.of(new CoverageTotals.CourseTotal(c.core1Id, c.core1, "Course " + c.core1, 1, 1, 2, 1)),
                totals.courses(), "course 1: completed, in progress, not completed, not started");
        CoverageTotals all = signIn.as(c.governorA, GOVERNOR, () -> oversight.coverageTotals(new CoverageFilter()));
        CoverageTotals.CourseTotal course2 = all.courses().stream().filter(t -> t.code().equals(c.core2))
                .findFirst().orElseThrow();
        assertEquals(List.of(1L, 1L, 0L, 3L), List.of(course2.completed(), course2.inProgress(),
                course2.notCompleted(), course2.notStarted()));
        assertFalse(all.courses().stream().anyMatch(t -> t.code().equals(c.forGovernors)),
                "a course not meant for mayors is no core course");
    }

    @Test
    void aGovernorNeverSeesTheMayorsOfAnotherRegion() throws Exception {
        Coverage c = new Coverage();
        assertEquals(Set.of(c.mayorB), listed(c.governorB, new CoverageFilter()));
        assertTrue(listed(c.governorA, new CoverageFilter()).stream().noneMatch(c.mayorB::equals));
        assertEquals(Set.of(), listed(c.governorA, new CoverageFilter(c.b1.getId(), null, false)),
                "another region's district as a filter finds nobody");
        assertEquals(0, signIn.as(c.governorA, GOVERNOR, () -> oversight.coverageTotals(
                new CoverageFilter(c.b1.getId(), null, false))).mayors());
        assertTrue(signIn.as(c.governorA, GOVERNOR, () -> oversight.coverageChoices()).places().stream()
                .allMatch(d -> d.id() == c.a1.getId() || d.id() == c.a2.getId()), "only region A's districts");
    }

    /** With the demo data: the governor of Pavlodar never sees the mayors of East Kazakhstan. */
    @Test
    void theGovernorOfPavlodarNeverSeesEastKazakhstansMayors() throws Exception {
        Region pavlodar = training.region("PAVLODAR").orElse(null);
        Region east = training.region("EAST-KZ").orElse(null);
        assumeTrue(pavlodar != null && east != null, "the demo data is loaded");
        String governor = fixtures.newPerson(null, pavlodar, Role.GOVERNOR);
        District eastDistrict = fixtures.district(Fixtures.unique("ZZDE"), east);
        String eastMayor = fixtures.newPerson(eastDistrict, null, Role.MAYOR);
        String eastTrainee = Fixtures.unique("u").toLowerCase(java.util.Locale.ROOT);
        training.enrol(training.session(training.course(Fixtures.unique("ZT"), Role.MAYOR), PortalClock.today()),
                eastTrainee, eastDistrict, true);
        String pavlodarMayor = fixtures.newPerson(fixtures.district(Fixtures.unique("ZZDP"), pavlodar), null,
                Role.MAYOR);

        List<String> listed = new ArrayList<>();
        long total;
        int first = 0;
        do {
            int from = first;
            Page<CoverageRow> page = signIn.as(governor, GOVERNOR, () -> oversight.coverage(
                    PageRequest.of(from, PageRequest.MAX_SIZE), new CoverageFilter()));
            page.rows().forEach(r -> listed.add(r.username()));
            total = page.total();
            first += PageRequest.MAX_SIZE;
        } while (first < total);
        assertTrue(listed.contains(pavlodarMayor), "Pavlodar's own mayors are listed");
        assertTrue(listed.stream().noneMatch(u -> u.equals(eastMayor) || u.equals(eastTrainee)
                        || u.equals("akim.zaisan") || u.equals("akim.tavriya")),
                () -> "no East Kazakhstan mayor: " + listed);
    }

    @Test
    void theFiltersNarrowTheMayorsByDistrictCourseAndNotStarted() throws Exception {
        Coverage c = new Coverage();
        assertAll("filters",
                () -> assertEquals(Set.of(c.failed, c.nothing, c.notSignedIn),
                        listed(c.governorA, new CoverageFilter(c.a2.getId(), null, false)), "district A2"),
                () -> assertEquals(Set.of(c.nothing), listed(c.governorA, new CoverageFilter(null, c.core1Id, true)),
                        "not started course 1"),
                () -> assertEquals(Set.of(c.revoked, c.failed, c.nothing),
                        listed(c.governorA, new CoverageFilter(null, c.core2Id, true)), "not started course 2"),
                () -> assertEquals(Set.of(c.failed, c.nothing),
                        listed(c.governorA, new CoverageFilter(c.a2.getId(), c.core2Id, true)),
                        "not started course 2 in A2"),
                () -> assertEquals(c.regionAMayors(), listed(c.governorA, new CoverageFilter(null, c.core1Id, false)),
                        "a course alone lists everyone"));
        Set<String> notStartedAny = listed(c.governorA, new CoverageFilter(null, null, true));
        assertFalse(notStartedAny.contains(c.failed) || notStartedAny.contains(c.completedOne)
                || notStartedAny.contains(c.notSignedIn) || notStartedAny.contains(c.revoked), "they all started");
        assertEquals(Set.of(c.nothing), notStartedAny, "not started any core course (a governors' course is none)");
        assertThrows(NotFoundException.class, () -> signIn.as(c.governorA, GOVERNOR,
                () -> oversight.coverage(ALL, new CoverageFilter(null, c.forGovernorsId, false))),
                "a course that is not core");
    }

    @Test
    void theCoverageIsPagedInOrderOfDistrictAndName() throws Exception {
        Coverage c = new Coverage();
        List<String> pages = new ArrayList<>();
        for (int first = 0; first < 6; first += 2) {
            int from = first;
            Page<CoverageRow> page = coverage(c.governorA, new CoverageFilter(), PageRequest.of(from, 2));
            assertEquals(5, page.total());
            assertTrue(page.rows().size() <= 2);
            page.rows().forEach(r -> pages.add(r.username()));
        }
        List<String> oneGo = coverage(c.governorA, new CoverageFilter(), ALL).rows().stream()
                .map(CoverageRow::username).toList();
        assertEquals(oneGo, pages, "the pages follow one another without gaps or repeats");
        List<CoverageRow> rows = coverage(c.governorA, new CoverageFilter(), ALL).rows();
        List<String> expected = rows.stream().sorted(java.util.Comparator
                        .comparing((CoverageRow r) -> r.district().ru()).thenComparing(CoverageRow::name)
                        .thenComparing(CoverageRow::username))
                .map(CoverageRow::username).toList();
        assertEquals(expected, oneGo, "by district, then name");
        List<String> byNameDescending = coverage(c.governorA, new CoverageFilter(),
                new PageRequest(0, 50, "name", false)).rows().stream().map(CoverageRow::name).toList();
        assertEquals(byNameDescending.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
                byNameDescending);
    }

    // ---------------------------------------------------------------------------------------- figures

    /**
     * Course F in two regions: a session 30 days ago (R1: completed 40→80 rated 5/4/3, not completed
     * 50→55 rated 3/2/1, a withdrawal; R2: completed with only a post-test), a session 10 days ago (R1:
     * completed 20→70 rated 4/4/4, absent 60→80), and an open session that counts for nothing yet.
     */
    private final class Figures {
        final Region r1 = fixtures.region(Fixtures.unique("ZRF"));
        final Region r2 = fixtures.region(Fixtures.unique("ZRF"));
        final District d1 = fixtures.district(Fixtures.unique("ZDF"), r1);
        final District d2 = fixtures.district(Fixtures.unique("ZDF"), r2);
        final long course = training.course(Fixtures.unique("ZT"), Role.MAYOR);
        final LocalDate first = PortalClock.today().minusDays(30);
        final LocalDate second = PortalClock.today().minusDays(10);
        final String pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);

        Figures() {
            long s1 = training.session(course, first.minusDays(1), first);
            long t1 = training.enrol(s1, trainee(), d1, true);
            long t2 = training.enrol(s1, trainee(), d1, true);
            long t3 = training.enrol(s1, trainee(), d2, true);
            long t4 = training.enrol(s1, trainee(), d1, true);
            training.withdraw(t4);
            training.run(s1, Map.of(t1, new PastTraining.Outcome(true, 40, 80),
                    t2, new PastTraining.Outcome(true, 50, 55), t3, new PastTraining.Outcome(true, null, 90)));
            training.evaluate(t1, 5, 4, 3);
            training.evaluate(t2, 3, 2, 1);
            long s2 = training.session(course, second);
            long t5 = training.enrol(s2, trainee(), d1, true);
            long t6 = training.enrol(s2, trainee(), d1, true);
            training.run(s2, Map.of(t5, new PastTraining.Outcome(true, 20, 70),
                    t6, new PastTraining.Outcome(false, 60, 80)));
            training.evaluate(t5, 4, 4, 4);
            long s3 = training.session(course, PortalClock.today().plusDays(5));
            training.enrol(s3, trainee(), d1, true);
        }

        private String trainee() {
            return Fixtures.unique("t").toLowerCase(java.util.Locale.ROOT);
        }

        Map<Long, FigureRow> byRegion(FigureFilter filter) throws Exception {
            Page<FigureRow> page = signIn.as(pm, PM, () -> oversight.figures(ALL, filter));
            assertEquals(page.rows().size(), page.total());
            Map<Long, FigureRow> rows = new HashMap<>();
            page.rows().forEach(r -> rows.put(r.regionId(), r));
            return rows;
        }

        FigureRow totals(FigureFilter filter) throws Exception {
            return signIn.as(pm, PM, () -> oversight.figureTotals(filter));
        }
    }

    private static final double EPSILON = 1e-9;

    @Test
    void aProjectManagerSeesSessionsTraineesCompletionGainAndRatingsPerCourseAndRegion() throws Exception {
        Figures f = new Figures();
        Map<Long, FigureRow> rows = f.byRegion(new FigureFilter(null, f.course, null, null));
        assertEquals(Set.of(f.r1.getId(), f.r2.getId()), rows.keySet());
        FigureRow r1 = rows.get(f.r1.getId());
        FigureRow r2 = rows.get(f.r2.getId());
        assertAll("region 1",
                () -> assertEquals(2, r1.sessions()),
                () -> assertEquals(4, r1.trainees(), "withdrawn and open-session trainees do not count"),
                () -> assertEquals(2, r1.completed()),
                () -> assertEquals(50.0, r1.completionRate(), EPSILON),
                () -> assertEquals((40 + 5 + 50 + 20) / 4.0, r1.knowledgeGain(), EPSILON),
                () -> assertEquals(4, r1.tested()),
                () -> assertEquals(3, r1.evaluations()),
                () -> assertEquals(4.0, r1.usefulness(), EPSILON),
                () -> assertEquals(10 / 3.0, r1.trainerRating(), EPSILON),
                () -> assertEquals(8 / 3.0, r1.organisation(), EPSILON),
                () -> assertEquals(f.r1.getName().getKk(), r1.region().kk()));
        assertAll("region 2",
                () -> assertEquals(1, r2.sessions()),
                () -> assertEquals(1, r2.trainees()),
                () -> assertEquals(100.0, r2.completionRate(), EPSILON),
                () -> assertNull(r2.knowledgeGain(), "nobody took both tests"),
                () -> assertNull(r2.usefulness(), "no evaluation"),
                () -> assertEquals(0, r2.evaluations()));
        FigureRow total = f.totals(new FigureFilter(null, f.course, null, null));
        assertAll("totals",
                () -> assertEquals(2, total.sessions(), "distinct sessions"),
                () -> assertEquals(5, total.trainees()),
                () -> assertEquals(3, total.completed()),
                () -> assertEquals(60.0, total.completionRate(), EPSILON),
                () -> assertEquals(115 / 4.0, total.knowledgeGain(), EPSILON),
                () -> assertEquals(3, total.evaluations()));
    }

    @Test
    void theFiguresAreFilteredByRegionAndDatesAndPaged() throws Exception {
        Figures f = new Figures();
        Map<Long, FigureRow> recent = f.byRegion(new FigureFilter(null, f.course, f.second.minusDays(1), null));
        assertEquals(Set.of(f.r1.getId()), recent.keySet(), "only the second session");
        assertEquals(1, recent.get(f.r1.getId()).sessions());
        assertEquals(2, recent.get(f.r1.getId()).trainees());
        assertEquals(35.0, recent.get(f.r1.getId()).knowledgeGain(), EPSILON);
        Map<Long, FigureRow> earlier = f.byRegion(new FigureFilter(null, f.course, null, f.first));
        assertEquals(2, earlier.get(f.r1.getId()).trainees(), "only the first session");
        assertEquals(1, earlier.get(f.r2.getId()).trainees());
        assertEquals(Set.of(f.r2.getId()), f.byRegion(new FigureFilter(f.r2.getId(), f.course, null, null)).keySet());
        assertEquals(1, f.totals(new FigureFilter(f.r2.getId(), null, null, null)).trainees(),
                "a region alone: its trainees in every course");

        Page<FigureRow> first = signIn.as(f.pm, PM, () -> oversight.figures(PageRequest.of(0, 1),
                new FigureFilter(null, f.course, null, null)));
        Page<FigureRow> second = signIn.as(f.pm, PM, () -> oversight.figures(PageRequest.of(1, 1),
                new FigureFilter(null, f.course, null, null)));
        assertEquals(2, first.total());
        assertEquals(1, first.rows().size());
        assertEquals(1, second.rows().size());
        assertFalse(first.rows().get(0).key().equals(second.rows().get(0).key()), "two different rows");
        Page<FigureRow> byTrainees = signIn.as(f.pm, PM, () -> oversight.figures(
                new PageRequest(0, 10, "trainees", false), new FigureFilter(null, f.course, null, null)));
        assertEquals(List.of(f.r1.getId(), f.r2.getId()), byTrainees.rows().stream().map(FigureRow::regionId)
                .toList(), "most trainees first");

        DomainException backwards = assertThrows(DomainException.class, () -> f.totals(
                new FigureFilter(null, f.course, f.second, f.first)));
        assertEquals("training.oversight.dateRange", backwards.getMessageKey());
    }
}
