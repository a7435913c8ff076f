package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The programme's quarterly report page in real headless Chromium (in Russian): pm.aliya finds the last
 * finished quarter chosen, with its dates and key figures from the demo (the pool and the Ekibastuz club,
 * the PUB-101 session of that quarter, their progress reports), picks the first quarter of that year and
 * gets its dates and the download links of its files. Screenshots land in target/screenshots (report-*.png).
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

    /** Where a download button leads (p:linkButton renders its link inside or as the element). */
    private static String link(ProjectBrowser pm, String button) {
        return pm.find(By.cssSelector("a[id='reportForm:" + button + "'], [id='reportForm:" + button + "'] a"))
                .getAttribute("href");
    }

    @Test
    void aProjectManagerChoosesAQuarterAndGetsItsFiguresAndFiles() {
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
        assertTrue(link(pm, "downloadPdf").endsWith("/pm/report-file/programme-report-" + year + "-Q1.pdf"));
        assertTrue(link(pm, "downloadXlsx").endsWith("/pm/report-file/programme-report-" + year + "-Q1.xlsx"));
        pm.screenshot("report-pm-first-quarter");
    }
}
