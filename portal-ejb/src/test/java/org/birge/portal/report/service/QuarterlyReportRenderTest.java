package org.birge.portal.report.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.ReportStatus;
import org.birge.portal.report.service.QuarterlyReport.Budget;
import org.birge.portal.report.service.QuarterlyReport.CourseTraining;
import org.birge.portal.report.service.QuarterlyReport.Feedback;
import org.birge.portal.report.service.QuarterlyReport.IndicatorGroup;
import org.birge.portal.report.service.QuarterlyReport.IndicatorResult;
import org.birge.portal.report.service.QuarterlyReport.MissingReport;
import org.birge.portal.report.service.QuarterlyReport.ProjectBudget;
import org.birge.portal.report.service.QuarterlyReport.RegionBudget;
import org.birge.portal.report.service.QuarterlyReport.RegionFeedback;
import org.birge.portal.report.service.QuarterlyReport.Risk;
import org.birge.portal.report.service.QuarterlyReport.Training;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.Names;
import org.junit.jupiter.api.Test;

/**
 * The quarter's dates, the report's shares, and the renderers on a report built by hand: the workbook read
 * back with Apache POI holds numbers as numbers and dates as dates in each language; the PDF is written
 * (PDFBox reads it back in QuarterlyReportIT, against the database). The texts exist in every language.
 */
class QuarterlyReportRenderTest {

    static QuarterlyReport sample() {
        Names east = new Names("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region");
        Names zaisan = new Names("Зайсан ауданы", "Зайсанский район", "Zaisan District");
        Budget pool = new Budget(1, 81_000_000, 58_000_000, 0, 21_300_000, 39_920_000, 15_252_592, 28_585_678);
        Budget lights = new Budget(1, 20_600_000, 15_000_000, 15_000_000, 3_000_000, 3_000_000, 2_184_466,
                2_184_466);
        Budget total = pool.plus(lights);
        return new QuarterlyReport(new ReportQuarter(2026, 3), Instant.parse("2026-10-05T04:30:00Z"),
                "Алия Сейітова",
                List.of(new IndicatorGroup("Дети, занимающиеся плаванием в бассейне, в месяц", "детей", 1,
                        BigDecimal.ZERO, new BigDecimal("600"), new BigDecimal("120"), 1)),
                List.of(new IndicatorResult(510, "Крытый детский плавательный бассейн в г. Зайсан", zaisan,
                        "Дети, занимающиеся плаванием в бассейне, в месяц", "детей", BigDecimal.ZERO,
                        new BigDecimal("600"), new BigDecimal("120"), new BigDecimal("120"), "2026 Q3")),
                List.of(new RegionBudget(1, "EAST-KZ", east, total)),
                List.of(new ProjectBudget(510, "Крытый детский плавательный бассейн в г. Зайсан",
                        ProjectStatus.IN_IMPLEMENTATION, zaisan, 1, "EAST-KZ", east, pool),
                        new ProjectBudget(530, "Уличное освещение микрорайона Жастар", ProjectStatus.IN_IMPLEMENTATION,
                                zaisan, 1, "EAST-KZ", east, lights)),
                total, new Training(2, 24, 21, 20, 21, 130, 144, 18, 80, 85, 77),
                List.of(new CourseTraining("KS-101", "Работа с обращениями жителей", new Training(2, 24, 21, 21,
                        21, 130, 144, 18, 80, 85, 77))),
                List.of(new RegionFeedback(1, "EAST-KZ", east, new Feedback(40, 35, 30, 20, 15, 210, 2, 340, 88.0,
                        71.5))),
                new Feedback(40, 35, 30, 20, 15, 210, 2, 340, 88.0, 71.5),
                List.of(new Risk(510, "Крытый детский плавательный бассейн в г. Зайсан", zaisan, east,
                        ReportStatus.ACCEPTED, "Поставка оборудования водоподготовки задерживается.")),
                List.of(new MissingReport(530, "Уличное освещение микрорайона Жастар", zaisan, east)));
    }

    @Test
    void aQuarterRunsFromItsFirstToItsLastDay() {
        ReportQuarter q3 = new ReportQuarter(2026, 3);
        assertAll(
                () -> assertEquals(LocalDate.of(2026, 7, 1), q3.firstDay()),
                () -> assertEquals(LocalDate.of(2026, 9, 30), q3.lastDay()),
                () -> assertEquals("2026 Q3", q3.label()),
                () -> assertEquals(new ReportQuarter(2025, 4), new ReportQuarter(2026, 1).previous()),
                () -> assertEquals(new ReportQuarter(2026, 4), ReportQuarter.of(LocalDate.of(2026, 12, 31))),
                () -> assertEquals(LocalDate.of(2024, 3, 31), new ReportQuarter(2024, 1).lastDay()),
                () -> assertThrows(DomainException.class, () -> new ReportQuarter(2026, 5)));
    }

    @Test
    void sharesDivideOnlyWhatThereIs() {
        QuarterlyReport r = sample();
        assertAll(
                () -> assertEquals(20.0, r.indicatorGroups().get(0).progress()),
                () -> assertEquals(130 * 100.0 / 144, r.training().attendanceRate()),
                () -> assertEquals(80 / 18.0, r.training().averageUsefulness()),
                () -> assertEquals(30 * 100.0 / 35, r.feedbackTotal().onTimeShare()),
                () -> assertEquals(null, Feedback.NONE.onTimeShare()),
                () -> assertEquals(null, Training.NONE.attendanceRate()),
                () -> assertEquals(null, QuarterlyReport.progress(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN)));
    }

    @Test
    void theWorkbookHoldsNumbersAmountsAndDatesInEachLanguage() throws IOException {
        for (String language : List.of("kk", "ru", "en")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QuarterlyReportXlsx().write(sample(), Locale.forLanguageTag(language), out);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertEquals(9, book.getNumberOfSheets(), language);
                Sheet cover = book.getSheetAt(0);
                assertTrue(DateUtil.isCellDateFormatted(cover.getRow(4).getCell(1)), language);
                assertEquals(LocalDate.of(2026, 7, 1), cover.getRow(4).getCell(1).getLocalDateTimeCellValue()
                        .toLocalDate());
                Sheet projects = book.getSheetAt(4);
                assertEquals(CellType.NUMERIC, projects.getRow(1).getCell(6).getCellType());
                assertEquals(58_000_000, projects.getRow(1).getCell(6).getNumericCellValue());
                assertTrue(projects.getRow(1).getCell(6).getCellStyle().getDataFormatString().contains("₸"));
                assertEquals(73_000_000, projects.getRow(3).getCell(6).getNumericCellValue(), "the total row");
            }
        }
    }

    @Test
    void thePdfIsWrittenInEachLanguage() throws IOException {
        for (String language : List.of("kk", "ru", "en")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QuarterlyReportPdf().write(sample(), Locale.forLanguageTag(language), out);
            assertTrue(out.size() > 10_000 && new String(out.toByteArray(), 0, 5).equals("%PDF-"), language);
            Path target = Path.of("target", "quarterly-report-sample-" + language + ".pdf");
            if (Files.isDirectory(target.getParent())) {
                Files.write(target, out.toByteArray());
            }
        }
    }

    @Test
    void everyTextExistsInEveryLanguage() throws IOException {
        Properties fallback = texts("");
        for (String suffix : List.of("_en", "_ru", "_kk")) {
            Properties texts = texts(suffix);
            assertEquals(fallback.keySet(), texts.keySet(), suffix);
            texts.values().forEach(v -> assertTrue(!v.toString().isBlank(), suffix));
        }
    }

    private static Properties texts(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = QuarterlyReportRenderTest.class.getResourceAsStream("quarterly" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
