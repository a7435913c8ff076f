package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.birge.portal.it.services.PastTraining.Outcome;
import org.birge.portal.it.services.TrustHistory.Appeal;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.ReportStatus;
import org.birge.portal.report.service.QuarterlyReport;
import org.birge.portal.report.service.QuarterlyReport.Budget;
import org.birge.portal.report.service.QuarterlyReport.CourseTraining;
import org.birge.portal.report.service.QuarterlyReport.Feedback;
import org.birge.portal.report.service.QuarterlyReport.IndicatorGroup;
import org.birge.portal.report.service.QuarterlyReport.IndicatorResult;
import org.birge.portal.report.service.QuarterlyReport.ProjectBudget;
import org.birge.portal.report.service.QuarterlyReport.RegionBudget;
import org.birge.portal.report.service.QuarterlyReport.RegionFeedback;
import org.birge.portal.report.service.QuarterlyReport.Risk;
import org.birge.portal.report.service.QuarterlyReport.Training;
import org.birge.portal.report.service.QuarterlyReportPdf;
import org.birge.portal.report.service.QuarterlyReportService;
import org.birge.portal.report.service.QuarterlyReportXlsx;
import org.birge.portal.report.service.ReportQuarter;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The quarterly report on 2026 Q2 (01.04–30.06.2026) against records made here in a test region, each
 * expectation summed from those records in this test: projects decided in the quarter, before it and after it
 * (the last left out), money spent on the quarter's first and last days, the day before and the day after;
 * indicator values of the quarter, of the quarter before and after; a session in the quarter, one in the
 * quarter before and one that ends on the first day after; appeals received or answered in the quarter, one
 * answered half an hour into July in Almaty (June in UTC), one wholly in Q1. The PDF and the XLSX are read
 * back (PDFBox, Apache POI). Only project managers generate the report.
 */
@ExtendWith(ArquillianExtension.class)
class QuarterlyReportIT {

    private static final String PM = "project-manager";
    private static final ReportQuarter Q2 = new ReportQuarter(2026, 2);

    /** The test archive with PDFBox, which reads the PDF back (a test library, not in the application). */
    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ServiceDeployment.create("quarterly-report-it").addAsLibraries(jarOf(PDDocument.class),
                jarOf(org.apache.pdfbox.io.RandomAccessRead.class), jarOf(org.apache.fontbox.FontBoxFont.class),
                jarOf(org.apache.commons.logging.Log.class));
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @EJB
    private QuarterlyReportService reports;
    @EJB
    private Fixtures fixtures;
    @EJB
    private ProjectSetup projects;
    @EJB
    private ReportHistory history;
    @EJB
    private TrustHistory trust;
    @EJB
    private PastTraining training;
    @Inject
    private TestSignIn signIn;

    private Region region;
    private District d1;
    private District d2;
    private String pm;
    private String tag;
    private long alpha;
    private long beta;
    private long late;
    private String course;
    private long call;
    private long workflow;
    /** Each project's expenditures: amount and day. */
    private final Map<Long, List<Object[]>> spending = new LinkedHashMap<>();
    private final Map<Long, long[]> money = new LinkedHashMap<>();

    private static Instant almaty(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:00").toInstant();
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @BeforeEach
    void aQuarterOfRecords() {
        tag = Fixtures.unique("Q");
        region = fixtures.region(Fixtures.unique("ZRQ"));
        d1 = fixtures.district(Fixtures.unique("ZRQ1"), region);
        d2 = fixtures.district(Fixtures.unique("ZRQ2"), region);
        pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        call = projects.openCall(60_000_000, 20, region);
        workflow = projects.currentWorkflow().getId();

        alpha = project(d1, call, workflow, "Alpha " + tag, 10_000_000, 6_000_000, almaty("2026-05-15T11:00:00"));
        beta = project(d2, call, workflow, "Beta " + tag, 3_000_000, 2_000_000, almaty("2026-02-10T11:00:00"));
        late = project(d1, call, workflow, "Late " + tag, 1_500_000, 1_000_000, almaty("2026-07-20T11:00:00"));
        spend(alpha, 1_000_001, "2026-04-01");
        spend(alpha, 2_500_000, "2026-06-30");
        spend(alpha, 700_000, "2026-07-01");
        spend(beta, 333_333, "2026-03-31");
        spend(beta, 400_000, "2026-05-05");
        spend(late, 100_000, "2026-05-01");

        long shared = history.indicator(alpha, 0, "Shared " + tag, "people", 10, 110);
        history.indicator(alpha, 1, "Only alpha " + tag, "km", 0, 50);
        long sharedBeta = history.indicator(beta, 0, "Shared " + tag, "people", 0, 100);
        long lateOne = history.indicator(late, 0, "Shared " + tag, "people", 0, 1000);
        history.actual(shared, 2026, 1, "30");
        history.actual(shared, 2026, 2, "60.5");
        history.actual(shared, 2026, 3, "90");
        history.actual(sharedBeta, 2026, 1, "20");
        history.actual(lateOne, 2026, 2, "500");

        history.report(alpha, 2026, 2, "Cement prices rose " + tag, "SUBMITTED");
        history.report(beta, 2026, 1, "Winter stopped works " + tag, "ACCEPTED");

        course = Fixtures.unique("ZQC");
        long courseId = training.course(course, Role.MAYOR);
        long inQuarter = training.session(courseId, day("2026-05-12"), day("2026-05-13"));
        long passes = training.enrol(inQuarter, fixtures.newPerson(d1, null, Role.MAYOR), d1, true);
        long fails = training.enrol(inQuarter, fixtures.newPerson(d2, null, Role.MAYOR), d2, true);
        training.run(inQuarter, Map.of(passes, new Outcome(true, 40, 90), fails, new Outcome(false, 40, 30)));
        training.evaluate(passes, 5, 4, 3);
        long before = training.session(courseId, day("2026-03-30"), day("2026-03-31"));
        long earlier = training.enrol(before, fixtures.newPerson(d1, null, Role.MAYOR), d1, true);
        training.run(before, Map.of(earlier, new Outcome(true, 40, 90)));
        training.evaluate(earlier, 1, 1, 1);
        long after = training.session(courseId, day("2026-06-30"), day("2026-07-01"));
        long later = training.enrol(after, fixtures.newPerson(d2, null, Role.MAYOR), d2, true);
        training.run(after, Map.of(later, new Outcome(true, 40, 90)));

        String author = tag.toLowerCase(Locale.ROOT);
        trust.appeal(Appeal.answered(d1.getId(), author + ".a1", day("2026-04-10"), almaty("2026-04-20T12:00:00"), 8,
                true, "SATISFIED"));
        trust.appeal(Appeal.answered(d1.getId(), author + ".a2", day("2026-03-25"), almaty("2026-04-02T10:00:00"), 6,
                true, "NOT_SATISFIED"));
        trust.appeal(Appeal.open(d1.getId(), author + ".a3", "RECEIVED", day("2026-06-20"), day("2026-07-10")));
        // 00:30 on 1 July in Almaty is still 30 June in UTC: answered in Q3.
        trust.appeal(Appeal.answered(d1.getId(), author + ".a4", day("2026-06-25"), almaty("2026-07-01T00:30:00"), 4,
                true, null));
        trust.appeal(Appeal.answered(d1.getId(), author + ".a5", day("2026-01-10"), almaty("2026-01-20T12:00:00"), 7,
                false, "SATISFIED"));
        trust.appeal(Appeal.answered(d2.getId(), author + ".a6", day("2026-05-01"), almaty("2026-05-30T12:00:00"), 20,
                false, null));
        long option = trust.poll(d2.getId());
        trust.vote(option, author + ".v1", almaty("2026-03-10T09:00:00"));
        trust.vote(option, author + ".v2", almaty("2026-04-01T09:00:00"));
    }

    private long project(District district, long call, long workflow, String title, long cost, long grant,
                         Instant decided) {
        long id = history.project(district.getId(), call, workflow, title, cost, grant);
        history.decided(id, decided);
        money.put(id, new long[] {cost, grant, decided.isBefore(almaty("2026-07-01T00:00:00"))
                && !decided.isBefore(almaty("2026-04-01T00:00:00")) ? grant : 0});
        spending.put(id, new ArrayList<>());
        return id;
    }

    private void spend(long project, long amount, String on) {
        history.spent(project, amount, day(on));
        spending.get(project).add(new Object[] {amount, day(on)});
    }

    /** The project's money summed here from its records, as the report must have it. */
    private Budget expected(long project) {
        long cost = money.get(project)[0];
        long grant = money.get(project)[1];
        long spentIn = 0;
        long spentTo = 0;
        long disbursedIn = 0;
        long disbursedTo = 0;
        for (Object[] e : spending.get(project)) {
            long amount = (long) e[0];
            LocalDate on = (LocalDate) e[1];
            long share = amount * grant / cost;
            if (!on.isAfter(Q2.lastDay())) {
                spentTo += amount;
                disbursedTo += share;
                if (!on.isBefore(Q2.firstDay())) {
                    spentIn += amount;
                    disbursedIn += share;
                }
            }
        }
        return new Budget(1, cost, grant, money.get(project)[2], spentIn, spentTo, disbursedIn, disbursedTo);
    }

    private QuarterlyReport generate() throws Exception {
        return signIn.as(pm, PM, () -> reports.generate(Q2));
    }

    @Test
    void theBudgetIsTheSumOfTheProjectsRecordsInAndUpToTheQuarter() throws Exception {
        QuarterlyReport report = generate();
        List<ProjectBudget> mine = report.projects().stream().filter(p -> p.regionId() == region.getId()).toList();
        Budget a = expected(alpha);
        Budget b = expected(beta);
        RegionBudget regionRow = report.regions().stream().filter(r -> r.id() == region.getId()).findFirst()
                .orElseThrow();
        assertAll(
                () -> assertEquals(List.of(alpha, beta), mine.stream().map(ProjectBudget::id).toList(),
                        "the project decided after the quarter is not in it"),
                () -> assertEquals(new Budget(1, 10_000_000, 6_000_000, 6_000_000, 3_500_001, 3_500_001, 2_100_000,
                        2_100_000), a, "the expectation itself, worked by hand"),
                () -> assertEquals(a, mine.get(0).budget()),
                () -> assertEquals(b, mine.get(1).budget()),
                () -> assertEquals(a.plus(b), regionRow.budget()),
                () -> assertEquals(report.regions().stream().map(RegionBudget::budget).reduce(Budget.NONE,
                        Budget::plus), report.budgetTotal(), "the programme is the sum of its regions"),
                () -> assertEquals(pm, report.generatedBy()),
                () -> assertEquals(Q2, report.quarter()));
    }

    @Test
    void indicatorsShowTheLatestValueUpToTheQuarterAndSumByDefinition() throws Exception {
        QuarterlyReport report = generate();
        IndicatorGroup shared = report.indicatorGroups().stream().filter(g -> g.name().equals("Shared " + tag))
                .findFirst().orElseThrow();
        IndicatorGroup only = report.indicatorGroups().stream().filter(g -> g.name().equals("Only alpha " + tag))
                .findFirst().orElseThrow();
        List<IndicatorResult> mine = report.indicators().stream().filter(i -> i.name().endsWith(tag)).toList();
        IndicatorResult alphaShared = mine.stream().filter(i -> i.projectId() == alpha
                && i.name().startsWith("Shared")).findFirst().orElseThrow();
        IndicatorResult betaShared = mine.stream().filter(i -> i.projectId() == beta).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(3, mine.size(), "alpha's two and beta's one; the late project's is left out"),
                () -> assertEquals(2, shared.projects()),
                () -> assertEquals(0, new BigDecimal("10").compareTo(shared.baseline())),
                () -> assertEquals(0, new BigDecimal("110").add(new BigDecimal("100")).compareTo(shared.target())),
                () -> assertEquals(0, new BigDecimal("60.5").add(new BigDecimal("20")).compareTo(shared.achieved()),
                        "Q2's value of alpha (not Q3's), Q1's of beta"),
                () -> assertEquals(1, shared.reportedInQuarter()),
                () -> assertEquals(0, BigDecimal.ZERO.compareTo(only.achieved()), "no value yet: its baseline"),
                () -> assertEquals(0, only.reportedInQuarter()),
                () -> assertEquals(0, new BigDecimal("60.5").compareTo(alphaShared.inQuarter())),
                () -> assertEquals("2026 Q2", alphaShared.achievedIn()),
                () -> assertNull(betaShared.inQuarter()),
                () -> assertEquals(0, new BigDecimal("20").compareTo(betaShared.achieved())),
                () -> assertEquals("2026 Q1", betaShared.achievedIn()),
                () -> assertEquals(20.0, betaShared.progress()));
    }

    @Test
    void trainingCountsTheSessionsThatEndedInTheQuarter() throws Exception {
        QuarterlyReport report = generate();
        CourseTraining mine = report.courses().stream().filter(c -> c.code().equals(course)).findFirst()
                .orElseThrow();
        Training t = mine.training();
        Training total = report.training();
        assertAll(
                () -> assertEquals(1, t.sessions(), "not the one of March, not the one ending on 1 July"),
                () -> assertEquals(2, t.participants()),
                () -> assertEquals(1, t.completed()),
                () -> assertEquals(1, t.certificates(), "issued on the session's last day, 13 May"),
                () -> assertEquals(2, t.daysAttended(), "two days of the one present"),
                () -> assertEquals(4, t.daysExpected(), "two participants, two days"),
                () -> assertEquals(50.0, t.attendanceRate()),
                () -> assertEquals(1, t.evaluations()),
                () -> assertEquals(5.0, t.averageUsefulness()),
                () -> assertEquals(4.0, t.averageTrainerRating()),
                () -> assertEquals(3.0, t.averageOrganisation()),
                () -> assertEquals(report.courses().stream().mapToLong(c -> c.training().sessions()).sum(),
                        total.sessions()),
                () -> assertEquals(report.courses().stream().mapToLong(c -> c.training().daysAttended()).sum(),
                        total.daysAttended()),
                () -> assertTrue(total.trained() >= 1 && total.trained() <= total.completed()));
    }

    @Test
    void feedbackCountsWhatWasReceivedAndAnsweredInTheQuarterInAlmaty() throws Exception {
        QuarterlyReport report = generate();
        Feedback f = report.feedback().stream().filter(r -> r.id() == region.getId()).map(RegionFeedback::feedback)
                .findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(4, f.received(), "a1, a3, a4 and a6"),
                () -> assertEquals(3, f.answered(), "a1, a2 and a6; a4 was answered in July in Almaty"),
                () -> assertEquals(2, f.onTime()),
                () -> assertEquals(2, f.rated()),
                () -> assertEquals(1, f.satisfied()),
                () -> assertEquals(8 + 6 + 20, f.workingDays()),
                () -> assertEquals(34 / 3.0, f.averageDays()),
                () -> assertEquals(1, f.polls()),
                () -> assertEquals(1, f.votes(), "the vote of 1 April, not the one of March"),
                () -> assertEquals(60.0, f.onTimeToDate(), "a1, a2 and a4 of the five answers so far on time"),
                () -> assertEquals(200 / 3.0, f.satisfiedToDate(), 1e-9, "two of three ratings so far"),
                () -> assertEquals(report.feedback().stream().mapToLong(r -> r.feedback().received()).sum(),
                        report.feedbackTotal().received()));
    }

    @Test
    void risksComeFromTheQuartersProgressReportsAndMissingReportsAreListed() throws Exception {
        QuarterlyReport report = generate();
        List<Risk> mine = report.risks().stream().filter(r -> r.issues() != null && r.issues().endsWith(tag))
                .toList();
        assertAll(
                () -> assertEquals(List.of("Cement prices rose " + tag), mine.stream().map(Risk::issues).toList(),
                        "Q2's report, not beta's of Q1"),
                () -> assertEquals(ReportStatus.SUBMITTED, mine.get(0).status()),
                () -> assertTrue(report.missingReports().stream().anyMatch(m -> m.projectId() == beta)),
                () -> assertFalse(report.missingReports().stream().anyMatch(m -> m.projectId() == alpha)),
                () -> assertFalse(report.missingReports().stream().anyMatch(m -> m.projectId() == late)));
    }

    @Test
    void theWorkbookReadBackHoldsTheFiguresAsNumbersAndDates() throws Exception {
        QuarterlyReport report = generate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QuarterlyReportXlsx().write(report, Locale.ENGLISH, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet cover = book.getSheet("Cover");
            Cell first = cover.getRow(4).getCell(1);
            assertTrue(DateUtil.isCellDateFormatted(first));
            assertEquals(Q2.firstDay(), first.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(Q2.lastDay(), cover.getRow(4).getCell(2).getLocalDateTimeCellValue().toLocalDate());
            Row alphaRow = row(book.getSheet("Budget by project"), "Alpha " + tag);
            Budget a = expected(alpha);
            assertEquals(CellType.NUMERIC, alphaRow.getCell(6).getCellType());
            assertEquals(a.approved(), (long) alphaRow.getCell(6).getNumericCellValue());
            assertEquals(a.spentInQuarter(), (long) alphaRow.getCell(8).getNumericCellValue());
            assertEquals(a.disbursedToDate(), (long) alphaRow.getCell(11).getNumericCellValue());
            assertTrue(alphaRow.getCell(11).getCellStyle().getDataFormatString().contains("₸"));
            Row regionRow = row(book.getSheet("Feedback"), region.getCode() + " Region");
            assertEquals(4, (long) regionRow.getCell(1).getNumericCellValue());
            assertEquals(66.7, regionRow.getCell(3).getNumericCellValue(), 1e-9, "two of three on time");
            Row courseRow = row(book.getSheet("Training"), course);
            assertEquals(50.0, courseRow.getCell(7).getNumericCellValue(), 1e-9);
            assertTrue(row(book.getSheet("Risks and issues"), "Alpha " + tag).getCell(4).getStringCellValue()
                    .endsWith(tag));
        }
    }

    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError(first + " is not on the sheet " + sheet.getSheetName());
    }

    @Test
    void thePdfReadBackHasTheCoverTheSectionsAndTheFigures() throws Exception {
        QuarterlyReport report = generate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QuarterlyReportPdf().write(report, Locale.ENGLISH, out);
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            assertTrue(pdf.getNumberOfPages() >= 5);
        }
        String all = text;
        assertAll(
                () -> assertTrue(all.contains("Programme progress report")),
                () -> assertTrue(all.contains("2026 Q2")),
                () -> assertTrue(all.contains("01.04.2026 – 30.06.2026")),
                () -> assertTrue(all.contains("Generated by")),
                () -> assertTrue(all.contains(pm)),
                () -> assertTrue(all.contains("1. Results against indicators")),
                () -> assertTrue(all.contains("2. Budget approved and disbursed")),
                () -> assertTrue(all.contains("3. Training delivered")),
                () -> assertTrue(all.contains("4. Residents’ feedback and trust")),
                () -> assertTrue(all.contains("5. Risks and issues")),
                () -> assertTrue(all.contains("Alpha " + tag)),
                () -> assertFalse(all.contains("Late " + tag), "decided after the quarter"),
                () -> assertTrue(all.contains("3,500,001"), "alpha's spending in the quarter"),
                () -> assertTrue(all.contains("2,100,000"), "alpha's disbursement in the quarter"),
                () -> assertTrue(all.contains("Cement prices rose " + tag)),
                () -> assertTrue(all.contains(course)));
    }

    /** A fixed number of statements: the sums are the database's, whatever the number of records. */
    @Test
    void theReportCostsTheSameStatementsWhateverItSums() throws Exception {
        int before = signIn.as(pm, PM, () -> Statements.of(() -> reports.generate(Q2)));
        for (int i = 0; i < 3; i++) {
            long more = project(i % 2 == 0 ? d1 : d2, call, workflow, "More " + i + " " + tag, 2_000_000, 1_500_000,
                    almaty("2026-04-0" + (i + 2) + "T10:00:00"));
            spend(more, 100_000, "2026-04-20");
            spend(more, 200_000, "2026-05-20");
            history.actual(history.indicator(more, 0, "More " + i + " " + tag, "pcs", 0, 10), 2026, 2, "4");
            history.report(more, 2026, 2, "Delays " + i + " " + tag, "ACCEPTED");
            trust.appeal(Appeal.answered(d2.getId(), tag.toLowerCase(Locale.ROOT) + ".m" + i, day("2026-05-0" + (i + 1)),
                    almaty("2026-05-2" + i + "T12:00:00"), 9, true, "SATISFIED"));
        }
        long session = training.session(training.course(Fixtures.unique("ZQD"), Role.MAYOR), day("2026-06-01"));
        long one = training.enrol(session, fixtures.newPerson(d1, null, Role.MAYOR), d1, true);
        long two = training.enrol(session, fixtures.newPerson(d2, null, Role.MAYOR), d2, true);
        training.run(session, Map.of(one, new Outcome(true, 40, 90), two, new Outcome(true, 50, 95)));
        int after = signIn.as(pm, PM, () -> Statements.of(() -> reports.generate(Q2)));
        assertEquals(before, after, "statements before and after three more projects, appeals and a session");
        assertTrue(before <= 25, before + " statements");
    }

    @Test
    void onlyProjectManagersGenerateItAndOnlyForAQuarterThatBegan() throws Exception {
        String governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        String mayor = fixtures.newPerson(d1, null, Role.MAYOR);
        ReportQuarter next = ReportQuarter.of(PortalClock.today().plusMonths(3));
        assertAll(
                () -> assertThrows(EJBAccessException.class,
                        () -> signIn.as(governor, "governor", () -> reports.generate(Q2))),
                () -> assertThrows(EJBAccessException.class,
                        () -> signIn.as(mayor, "mayor", () -> reports.generate(Q2))),
                () -> assertThrows(DomainException.class, () -> signIn.as(pm, PM, () -> reports.generate(next))));
    }
}
