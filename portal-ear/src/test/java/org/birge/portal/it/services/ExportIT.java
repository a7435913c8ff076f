package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.birge.portal.audit.service.AuditExport;
import org.birge.portal.audit.service.AuditFilter;
import org.birge.portal.audit.service.AuditRow;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.ProjectRow;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProjectsExport;
import org.birge.portal.project.service.FileDownload;
import org.birge.portal.shared.domain.ExportState;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.export.ExportCleanupTimer;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportJobService;
import org.birge.portal.shared.service.export.ExportJobView;
import org.birge.portal.shared.service.export.ExportProgress;
import org.birge.portal.shared.service.export.ExportSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports of lists as background jobs, read back with Apache POI and a CSV parser: they hold exactly the rows
 * of the filtered list in its order (across several pages of the database), in the reader's language, a
 * mayor's never another district's, a governor's never another region's; a text that looks like a formula
 * stays text. A job moves QUEUED → RUNNING (with progress) → DONE or FAILED, and only its owner reads it.
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Almaty"));

    /** The archive, with the portal's message bundles so that exports get their real headers. */
    @Deployment
    static WebArchive deployment() {
        WebArchive archive = ServiceDeployment.create("export-it");
        Path bundles = Path.of(System.getProperty("it.webapp", "../portal-web/src/main/webapp"))
                .resolve("../resources/org/birge/portal/i18n").normalize();
        for (String name : List.of("messages.properties", "messages_en.properties", "messages_ru.properties",
                "messages_kk.properties")) {
            archive.addAsResource(new File(bundles.toFile(), name), "org/birge/portal/i18n/" + name);
        }
        return archive;
    }

    @EJB
    private ExportJobService exports;
    @EJB
    private ExportCleanupTimer cleanup;
    @EJB
    private ProjectService projects;
    @EJB
    private AuditService audit;
    @EJB
    private Fixtures fixtures;
    @EJB
    private ProjectSetup setup;
    @EJB
    private ExportSetup exportSetup;
    @Inject
    private TestSignIn signIn;

    private District a1;
    private District b1;
    private String mayorA1;
    private String mayorA2;
    private String governorA;
    private String admin;
    private String formulaTitle;
    private String b1Title;

    @BeforeEach
    void twoRegions() {
        Region regionA = fixtures.region(Fixtures.unique("RA"));
        Region regionB = fixtures.region(Fixtures.unique("RB"));
        a1 = fixtures.district(Fixtures.unique("DA1"), regionA);
        District a2 = fixtures.district(Fixtures.unique("DA2"), regionA);
        b1 = fixtures.district(Fixtures.unique("DB1"), regionB);
        mayorA1 = fixtures.newPerson(a1, null, Role.MAYOR);
        mayorA2 = fixtures.newPerson(a2, null, Role.MAYOR);
        governorA = fixtures.newPerson(null, regionA, Role.GOVERNOR);
        admin = fixtures.newAdmin();
        long call = setup.openCall(5_000_000, 20, regionA, regionB);
        setup.draft(a1, call, "Ремонт школы «Болашақ», корпус 2 " + Fixtures.unique("P"));
        setup.draft(a1, call, "Water \"pipes\", line 3 " + Fixtures.unique("P"));
        formulaTitle = "=HYPERLINK(\"http://evil.example\",\"click\") " + Fixtures.unique("P");
        setup.draft(a1, call, formulaTitle);
        setup.draft(a2, call, "Спортивная площадка " + Fixtures.unique("P"));
        b1Title = "Другой регион " + Fixtures.unique("P");
        setup.draft(b1, call, b1Title);
    }

    @Test
    void aMayorsCsvHoldsTheDistrictsListExactlyWithTheFormulaGuarded() throws Exception {
        List<ProjectRow> list = signIn.as(mayorA1, Role.MAYOR_NAME,
                () -> projects.projects(new PageRequest(0, 200, "title", true), null)).rows();
        List<List<String>> csv = ExportReading.csv(export(mayorA1, Role.MAYOR_NAME,
                () -> new ProjectsExport(projects, null, ExportFormat.CSV, ExportReading.labels(Language.RU), "title",
                        true)));
        assertEquals(3, list.size(), "the mayor's list holds the district's three projects");
        assertEquals(List.of("№", "Проект", "Район", "Статус"), csv.get(0).subList(0, 4), "headers in Russian");
        assertEquals(list.size() + 1, csv.size(), "one record per row of the list, after the header");
        for (int i = 0; i < list.size(); i++) {
            ProjectRow row = list.get(i);
            List<String> record = csv.get(i + 1);
            String title = row.title().startsWith("=") ? "'" + row.title() : row.title();
            assertEquals(List.of(Long.toString(row.id()), title, row.districtRu(), "Черновик"), record.subList(0, 4));
            assertEquals(Long.toString(row.grantRequested()), record.get(7), "an amount as plain digits");
            assertEquals(DAY_TIME.format(row.modifiedAt()), record.get(9), "dd.MM.yyyy HH:mm");
        }
        assertTrue(csv.stream().anyMatch(r -> r.get(1).equals("'" + formulaTitle)),
                "a text starting with = is prefixed with an apostrophe");
        assertFalse(csv.stream().anyMatch(r -> r.get(1).equals(b1Title)), "never another region's project");
    }

    @Test
    void aGovernorsXlsxHoldsTheRegionWithTypedCellsAndABoldFrozenHeader() throws Exception {
        List<ProjectRow> list = signIn.as(governorA, Role.GOVERNOR_NAME,
                () -> projects.projects(new PageRequest(0, 200, "grantRequested", false), null)).rows();
        Path file = export(governorA, Role.GOVERNOR_NAME, () -> new ProjectsExport(projects, null, ExportFormat.XLSX,
                ExportReading.labels(Language.KK), "grantRequested", false));
        try (Workbook workbook = ExportReading.xlsx(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<List<String>> shown = ExportReading.shown(workbook);
            assertAll(
                    () -> assertEquals(4, list.size(), "the governor's list holds the region's four projects"),
                    () -> assertEquals(list.size() + 1, shown.size(), "one row per row of the list"),
                    () -> assertEquals("Жоба", header.getCell(1).getStringCellValue(), "headers in Kazakh"),
                    () -> assertTrue(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold(),
                            "a bold header"),
                    () -> assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header frozen"),
                    () -> assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0), "widths by column"),
                    () -> assertFalse(shown.stream().anyMatch(r -> r.get(1).equals(b1Title)),
                            "never another region's project"));
            for (int i = 0; i < list.size(); i++) {
                ProjectRow row = list.get(i);
                Row cells = sheet.getRow(i + 1);
                assertEquals(row.id(), (long) cells.getCell(0).getNumericCellValue());
                assertEquals(row.title(), cells.getCell(1).getStringCellValue());
                Cell title = cells.getCell(1);
                assertEquals(CellType.STRING, title.getCellType(), "a title is text, never a formula");
                Cell amount = cells.getCell(7);
                assertEquals(CellType.NUMERIC, amount.getCellType(), "an amount is a number");
                assertEquals(row.grantRequested(), (long) amount.getNumericCellValue());
                assertTrue(amount.getCellStyle().getDataFormatString().contains("₸"), "in a tenge format");
                Cell modified = cells.getCell(9);
                assertTrue(DateUtil.isCellDateFormatted(modified), "a date is a date");
                assertTrue(modified.getCellStyle().getDataFormatString().startsWith("dd.mm.yyyy"));
            }
        }
    }

    @Test
    void theAuditExportReadsSeveralPagesAndMatchesTheFilteredTrail() throws Exception {
        String kind = Fixtures.unique("xrec");
        signIn.as(admin, Role.ADMIN_NAME, () -> {
            exportSetup.auditRows(kind, 450);
            return null;
        });
        AuditFilter filter = new AuditFilter();
        filter.setSubjectType(kind);
        List<AuditRow> trail = new java.util.ArrayList<>();
        for (int first = 0; first < 450; first += 200) {
            int from = first;
            Page<AuditRow> page = signIn.as(admin, Role.ADMIN_NAME, () -> audit.page(PageRequest.of(from, 200), filter));
            trail.addAll(page.rows());
        }
        ExportJobView[] job = new ExportJobView[1];
        Path file = export(admin, Role.ADMIN_NAME, () -> new AuditExport(audit, filter, ExportFormat.XLSX,
                ExportReading.labels(Language.EN)), job);
        assertEquals(450, job[0].total(), "the job counted the filtered trail");
        assertEquals(450, job[0].done());
        try (Workbook workbook = ExportReading.xlsx(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(451, sheet.getPhysicalNumberOfRows(), "450 rows (three pages of the database) and a header");
            for (int i = 0; i < trail.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertEquals(trail.get(i).sequence(), (long) row.getCell(0).getNumericCellValue(), "row " + i);
                assertEquals(trail.get(i).after(), row.getCell(8).getStringCellValue(), "row " + i);
                assertEquals(CellType.STRING, row.getCell(8).getCellType());
            }
        }
        List<List<String>> csv = ExportReading.csv(export(admin, Role.ADMIN_NAME,
                () -> new AuditExport(audit, filter, ExportFormat.CSV, ExportReading.labels(Language.EN))));
        assertEquals(451, csv.size());
        for (int i = 0; i < trail.size(); i++) {
            String after = trail.get(i).after();
            assertEquals(after.startsWith("=") ? "'" + after : after, csv.get(i + 1).get(8), "row " + i);
            assertEquals(trail.get(i).comment(), csv.get(i + 1).get(9), "Kazakh letters read back, row " + i);
        }
    }

    /** A source that writes half, waits for the test, then writes the rest: the states in between are seen. */
    static final class Halting implements ExportSource {
        static final CountDownLatch HALF = new CountDownLatch(1);
        static final CountDownLatch GO = new CountDownLatch(1);

        @Override
        public String kind() {
            return "test-halting";
        }

        @Override
        public ExportFormat format() {
            return ExportFormat.CSV;
        }

        @Override
        public String fileName() {
            return "halting.csv";
        }

        @Override
        public String describe() {
            return "";
        }

        @Override
        public long count() {
            return 10;
        }

        @Override
        public void write(OutputStream out, ExportProgress progress) throws IOException {
            out.write("first half\r\n".getBytes(StandardCharsets.UTF_8));
            sleep(700);
            progress.done(5);
            HALF.countDown();
            try {
                GO.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("second half\r\n".getBytes(StandardCharsets.UTF_8));
            progress.done(10);
        }
    }

    /** A source whose reading fails. */
    static final class Failing implements ExportSource {
        @Override
        public String kind() {
            return "test-failing";
        }

        @Override
        public ExportFormat format() {
            return ExportFormat.XLSX;
        }

        @Override
        public String fileName() {
            return "failing.xlsx";
        }

        @Override
        public String describe() {
            return "";
        }

        @Override
        public long count() {
            return 3;
        }

        @Override
        public void write(OutputStream out, ExportProgress progress) {
            throw new IllegalStateException("the database went away");
        }
    }

    @Test
    void aJobGoesThroughItsStatesWithProgressAndOnlyItsOwnerReadsIt() throws Exception {
        long[] ids = new long[2];
        ExportJobView[] seen = new ExportJobView[3];
        FileDownload file = signIn.as(mayorA1, Role.MAYOR_NAME, () -> {
            ids[0] = exports.submit(new Halting());
            assertTrue(Halting.HALF.await(30, TimeUnit.SECONDS), "the job started");
            seen[0] = await(ids[0], j -> j.done() == 5);
            assertThrows(NotFoundException.class, () -> exports.file(ids[0]), "no file before it is done");
            Halting.GO.countDown();
            seen[1] = await(ids[0], ExportJobView::finished);
            ids[1] = exports.submit(new Failing());
            seen[2] = await(ids[1], ExportJobView::finished);
            assertThrows(NotFoundException.class, () -> exports.file(ids[1]), "a failed job has no file");
            return exports.file(ids[0]);
        });
        long id = ids[0];
        ExportJobView running = seen[0];
        ExportJobView done = seen[1];
        assertAll(
                () -> assertEquals(ExportState.RUNNING, running.state()),
                () -> assertEquals(10, running.total()),
                () -> assertEquals(50, running.percent()),
                () -> assertEquals(ExportState.DONE, done.state()),
                () -> assertEquals(100, done.percent()),
                () -> assertEquals(ExportState.FAILED, seen[2].state()),
                () -> assertEquals("first half\r\nsecond half\r\n", Files.readString(file.path())),
                () -> assertEquals("text/csv; charset=UTF-8", file.mediaType()),
                () -> assertThrows(AccessDeniedException.class,
                        () -> signIn.as(mayorA2, Role.MAYOR_NAME, () -> exports.file(id)), "another mayor"),
                () -> assertThrows(AccessDeniedException.class,
                        () -> signIn.as(mayorA2, Role.MAYOR_NAME, () -> exports.job(id)), "another mayor's look"),
                () -> assertThrows(AccessDeniedException.class,
                        () -> signIn.as(admin, Role.ADMIN_NAME, () -> exports.file(id)), "even an administrator"));

        // Old jobs go with their files.
        signIn.as(admin, Role.ADMIN_NAME, () -> cleanup.removeOlderThan(Instant.now().plusSeconds(1)));
        assertFalse(Files.exists(file.path()), "the file is deleted");
        assertThrows(NotFoundException.class, () -> signIn.as(mayorA1, Role.MAYOR_NAME, () -> exports.job(id)));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Path export(String user, String role, java.util.concurrent.Callable<ExportSource> source) throws Exception {
        return export(user, role, source, new ExportJobView[1]);
    }

    /**
     * Submits the export and waits for it within one sign-in: the job runs with the identity of the request
     * that submitted it, which a test sign-out would clear (a user's session keeps it).
     */
    private Path export(String user, String role, java.util.concurrent.Callable<ExportSource> source,
                        ExportJobView[] finished) throws Exception {
        return signIn.as(user, role, () -> {
            long id = exports.submit(source.call());
            finished[0] = await(id, ExportJobView::finished);
            assertEquals(ExportState.DONE, finished[0].state(), "the export ended " + finished[0]);
            return exports.file(id).path();
        });
    }

    /** Polls the caller's job until it gets where {@code until} says; call it signed in as its owner. */
    private ExportJobView await(long id, java.util.function.Predicate<ExportJobView> until) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            ExportJobView job = exports.job(id);
            if (until.test(job)) {
                return job;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The job did not get there in time: " + job);
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
