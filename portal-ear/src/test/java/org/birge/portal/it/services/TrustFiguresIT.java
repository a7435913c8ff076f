package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.birge.portal.feedback.service.TrustFigures;
import org.birge.portal.feedback.service.TrustMonth;
import org.birge.portal.feedback.service.TrustOverview;
import org.birge.portal.feedback.service.TrustRow;
import org.birge.portal.feedback.service.TrustService;
import org.birge.portal.it.services.TrustHistory.Appeal;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trust figures from a known history: region A with districts A1 (six appeals, a poll) and A2 (three),
 * region B with B1 (none). Each figure and each month is asserted exactly, the median with an even count
 * (A1: 6, 11, 13, 25 gives 12) and an odd one (A2: 4, 9, 20 gives 9; region A: seven answers gives 11), a
 * resident who wrote in both districts counted once for the region, an answer given just after midnight
 * in Almaty on 1 February counted in February. A governor sees their region only; a project manager all.
 * The figures cost the same number of statements whatever the number of districts or months.
 */
@ExtendWith(ArquillianExtension.class)
class TrustFiguresIT {

    private static final String GOVERNOR = "governor";
    private static final String PM = "project-manager";
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("trust-figures-it");
    }

    @EJB
    private TrustService trust;
    @EJB
    private Fixtures fixtures;
    @EJB
    private TrustHistory history;
    @Inject
    private TestSignIn signIn;

    private static Instant almaty(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:00").toInstant();
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    /** The history described above; usernames are unique to the run. */
    private final class Places {
        final Region regionA = fixtures.region(Fixtures.unique("ZTA"));
        final Region regionB = fixtures.region(Fixtures.unique("ZTB"));
        final District a1 = fixtures.district(Fixtures.unique("ZTA1"), regionA);
        final District a2 = fixtures.district(Fixtures.unique("ZTA2"), regionA);
        final District b1 = fixtures.district(Fixtures.unique("ZTB1"), regionB);
        final String governorA = fixtures.newPerson(null, regionA, Role.GOVERNOR);
        final String governorB = fixtures.newPerson(null, regionB, Role.GOVERNOR);
        final String pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        final String[] r = new String[9];

        Places() {
            String prefix = Fixtures.unique("zr").toLowerCase(java.util.Locale.ROOT);
            for (int i = 1; i <= 8; i++) {
                r[i] = prefix + ".r" + i;
            }
            long a = a1.getId();
            history.appeal(Appeal.answered(a, r[1], day("2026-01-05"), almaty("2026-01-20T12:00:00"), 11, true,
                    "SATISFIED"));
            history.appeal(Appeal.answered(a, r[2], day("2026-01-10"), almaty("2026-01-28T15:00:00"), 13, true,
                    "NOT_SATISFIED"));
            // 00:30 on 1 February in Almaty is still 31 January in UTC: February's.
            history.appeal(Appeal.answered(a, r[1], day("2026-01-15"), almaty("2026-02-01T00:30:00"), 25, false,
                    null));
            history.appeal(Appeal.answered(a, r[3], day("2026-02-02"), almaty("2026-02-10T10:00:00"), 6, true,
                    "SATISFIED"));
            history.appeal(Appeal.open(a, r[4], "RECEIVED", day("2026-02-15"), day("2026-03-06")));
            history.appeal(Appeal.open(a, r[5], "EXTENDED", day("2026-03-01"), day("2099-01-01")));
            long option = history.poll(a);
            history.vote(option, r[1], almaty("2026-02-03T09:00:00"));
            history.vote(option, r[6], almaty("2026-03-10T09:00:00"));
            long b = a2.getId();
            history.appeal(Appeal.answered(b, r[7], day("2026-01-07"), almaty("2026-01-12T12:00:00"), 4, true,
                    "SATISFIED"));
            history.appeal(Appeal.answered(b, r[8], day("2026-01-08"), almaty("2026-01-21T12:00:00"), 9, true,
                    null));
            history.appeal(Appeal.answered(b, r[1], day("2026-02-01"), almaty("2026-03-02T12:00:00"), 20, false,
                    "NOT_SATISFIED"));
        }
    }

    private static TrustRow part(TrustOverview overview, long id) {
        return overview.parts().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aGovernorComparesTheDistrictsOfTheirRegionFigureByFigure() throws Exception {
        Places p = new Places();
        TrustOverview region = signIn.as(p.governorA, GOVERNOR, () -> trust.region(null));
        assertEquals(p.regionA.getId(), region.total().id());
        assertEquals(List.of(p.a1.getId(), p.a2.getId()), region.parts().stream().map(TrustRow::id).toList());
        assertAll(
                () -> assertEquals(new TrustFigures(6, 4, 2, 1, 3, 12.0, 3, 2, 6), part(region, p.a1.getId()).figures(),
                        "A1: even count of answers, median (11 + 13) / 2"),
                () -> assertEquals(new TrustFigures(3, 3, 0, 0, 2, 9.0, 2, 1, 3), part(region, p.a2.getId()).figures(),
                        "A2: odd count, median 9"),
                () -> assertEquals(new TrustFigures(9, 7, 2, 1, 5, 11.0, 5, 3, 8), region.total().figures(),
                        "region: seven answers, median 11; r1 wrote in both districts and counts once"),
                () -> assertEquals(75.0, part(region, p.a1.getId()).figures().onTimeShare()),
                () -> assertEquals(2 * 100.0 / 3, part(region, p.a1.getId()).figures().satisfiedShare()));
        assertEquals(region, signIn.as(p.governorA, GOVERNOR, () -> trust.region(p.regionA.getId())));
    }

    @Test
    void theMonthsOfADistrictAndARegionCountEachEventInItsOwnMonth() throws Exception {
        Places p = new Places();
        List<TrustMonth> a1 = signIn.as(p.governorA, GOVERNOR,
                () -> trust.districtTrend(p.a1.getId(), JANUARY, MARCH));
        assertEquals(List.of(
                new TrustMonth(JANUARY, 3, 2, 2, 12.0, 2, 1, 2),
                new TrustMonth(YearMonth.of(2026, 2), 2, 2, 1, 15.5, 1, 1, 3),
                new TrustMonth(MARCH, 1, 0, 0, null, 0, 0, 2)), a1);
        List<TrustMonth> region = signIn.as(p.governorA, GOVERNOR,
                () -> trust.regionTrend(p.regionA.getId(), JANUARY, MARCH));
        assertEquals(List.of(
                new TrustMonth(JANUARY, 5, 4, 4, 10.0, 3, 2, 4),
                new TrustMonth(YearMonth.of(2026, 2), 3, 2, 1, 15.5, 1, 1, 3),
                new TrustMonth(MARCH, 1, 1, 0, 20.0, 1, 0, 2)), region);
        List<TrustMonth> december = signIn.as(p.pm, PM,
                () -> trust.districtTrend(p.a1.getId(), YearMonth.of(2025, 12), YearMonth.of(2025, 12)));
        assertEquals(List.of(new TrustMonth(YearMonth.of(2025, 12), 0, 0, 0, null, 0, 0, 0)), december);
    }

    @Test
    void aGovernorOfAnotherRegionIsRefusedAndSeesTheirOwn() throws Exception {
        Places p = new Places();
        assertAll(
                () -> assertThrows(AccessDeniedException.class,
                        () -> signIn.as(p.governorB, GOVERNOR, () -> trust.region(p.regionA.getId()))),
                () -> assertThrows(AccessDeniedException.class, () -> signIn.as(p.governorB, GOVERNOR,
                        () -> trust.regionTrend(p.regionA.getId(), JANUARY, MARCH))),
                () -> assertThrows(AccessDeniedException.class, () -> signIn.as(p.governorB, GOVERNOR,
                        () -> trust.districtTrend(p.a1.getId(), JANUARY, MARCH))));
        TrustOverview own = signIn.as(p.governorB, GOVERNOR, () -> trust.region(null));
        assertEquals(p.regionB.getId(), own.total().id());
        assertEquals(List.of(new TrustRow(p.b1.getId(), p.b1.getCode(), own.parts().get(0).name(), TrustFigures.NONE)),
                own.parts());
        assertEquals(TrustFigures.NONE, own.total().figures());
        String nowhere = fixtures.newPerson(null, null, Role.GOVERNOR);
        assertThrows(AccessDeniedException.class, () -> signIn.as(nowhere, GOVERNOR, () -> trust.region(null)));
    }

    @Test
    void aProjectManagerSeesEveryRegionAndDrillsDown() throws Exception {
        Places p = new Places();
        TrustOverview programme = signIn.as(p.pm, PM, () -> trust.programme());
        assertEquals(new TrustFigures(9, 7, 2, 1, 5, 11.0, 5, 3, 8), part(programme, p.regionA.getId()).figures());
        assertEquals(TrustFigures.NONE, part(programme, p.regionB.getId()).figures());
        TrustOverview regionA = signIn.as(p.pm, PM, () -> trust.region(p.regionA.getId()));
        assertEquals(new TrustFigures(6, 4, 2, 1, 3, 12.0, 3, 2, 6), part(regionA, p.a1.getId()).figures());
        assertEquals(3, signIn.as(p.pm, PM, () -> trust.programmeTrend(JANUARY, MARCH)).size());
        // Programme totals are at least the region's (other tests and the demo add their own appeals).
        TrustFigures total = programme.total().figures();
        assertEquals(true, total.received() >= 9 && total.answered() >= 7 && total.participants() >= 8);
    }

    @Test
    void theFiguresCostTheSameStatementsWhateverTheyCover() throws Exception {
        Places p = new Places();
        int twoDistrictsWithHistory = count(p.governorA, GOVERNOR, () -> trust.region(null));
        int oneEmptyDistrict = count(p.governorB, GOVERNOR, () -> trust.region(null));
        assertEquals(twoDistrictsWithHistory, oneEmptyDistrict);
        int threeMonths = count(p.pm, PM, () -> trust.districtTrend(p.a1.getId(), JANUARY, MARCH));
        int threeYears = count(p.pm, PM, () -> trust.districtTrend(p.a1.getId(), JANUARY, JANUARY.plusMonths(35)));
        assertEquals(threeMonths, threeYears);
        assertEquals(count(p.pm, PM, () -> trust.programme()), count(p.pm, PM, () -> trust.programme()));
    }

    /** The SQL statements {@code work} sends (EclipseLink's session events, as PageStatementsIT counts them). */
    private int count(String username, String role, java.util.concurrent.Callable<?> work) throws Exception {
        return signIn.as(username, role, () -> Statements.of(work));
    }

    @Test
    void aTrendCoversOneToThirtySixMonthsInOrder() throws Exception {
        Places p = new Places();
        assertAll(
                () -> assertEquals("trust.months", assertThrows(DomainException.class, () -> signIn.as(p.pm, PM,
                        () -> trust.programmeTrend(MARCH, JANUARY))).getMessageKey()),
                () -> assertEquals("trust.months", assertThrows(DomainException.class, () -> signIn.as(p.pm, PM,
                        () -> trust.programmeTrend(JANUARY, JANUARY.plusMonths(36)))).getMessageKey()),
                () -> assertEquals(36, signIn.as(p.pm, PM,
                        () -> trust.programmeTrend(JANUARY, JANUARY.plusMonths(35))).size()));
    }
}
