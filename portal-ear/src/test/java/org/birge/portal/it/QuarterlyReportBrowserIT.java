package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The programme's quarterly report page in real headless Chromium (in Russian): pm.aliya finds the last
 * finished quarter chosen, with its dates and key figures from the demo (the pool and the Ekibastuz club,
 * the PUB-101 session of that quarter, their progress reports), picks the first quarter of that year and
 * gets its dates; the PDF is written as a background job whose link, once ready, downloads the report of that
 * quarter (read back with PDFBox); a resident never gets the file. Screenshots in target/screenshots
 * (report-*.png).
 */
class QuarterlyReportBrowserIT {

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    private static long figure(ProjectBrowser pm, String id) {
        return Long.parseLong(pm.find(By.id(id)).getText().replaceAll("\\D", ""));
    }

    @Test
    void aProjectManagerChoosesAQuarterAndGetsItsFiguresAndFiles() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        LocalDate lastQuarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3).minusMonths(3);
        int year = lastQuarter.getYear();
        int quarter = (lastQuarter.getMonthValue() - 1) / 3 + 1;

        ProjectBrowser pm = browsers.signIn(DemoAccount.PM_ALIYA, "/pm/report.xhtml");
        String period = pm.find(By.id("period")).getText();
        assertTrue(period.contains(year + " Q" + quarter), period);
        assertTrue(period.contains(String.format("01.%02d.%d", lastQuarter.getMonthValue(), year)), period);
        assertTrue(figure(pm, "figProjects") >= 2, "the pool and the club have grants");
        assertTrue(figure(pm, "figSessions") >= 1, "the PUB-101 session of the last quarter");
        assertTrue(figure(pm, "figReports") >= 2, "the pool's and the club's reports on the last quarter");
        pm.screenshot("report-pm-last-quarter");

        pm.choose("reportForm:quarter", "I квартал (январь–март)");
        pm.wait.until(d -> d.findElement(By.id("period")).getText()
                .contains("01.01." + year + " – 31.03." + year));
        assertEquals(year + " Q1", pm.find(By.cssSelector("#period strong")).getText().strip());
        pm.screenshot("report-pm-first-quarter");

        pm.click(ProjectBrowser.id("reportForm:reportPdf"));
        WebElement link = new WebDriverWait(pm.driver, Duration.ofSeconds(60))
                .until(d -> d.findElements(By.id("reportForm:exportDownload")).stream().findFirst().orElse(null));
        pm.screenshot("report-pm-file-ready");
        assertTrue(link.getText().contains("PDF"), link.getText());
        HttpResponse<byte[]> file = ExportBrowserIT.get(pm, link.getAttribute("href"));
        assertEquals(200, file.statusCode(), "the project manager downloads the report");
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("")
                .contains("programme-report-" + year + "-Q1.pdf"));
        try (PDDocument document = Loader.loadPDF(file.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("01.01." + year) && text.contains("31.03." + year), "the first quarter's report");
        }

        ProjectBrowser resident = browsers.signIn(DemoAccount.RESIDENT_ZAISAN, "/resident/");
        assertEquals(403, ExportBrowserIT.get(resident, link.getAttribute("href")).statusCode(),
                "the file is the project manager's alone");
        browsers.done(resident);
    }
}
