package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Each role's dashboard in real headless Chromium through the real Keycloak login, on the demo data (in
 * Russian): the page shows its figures as links to the lists behind them, every chart is drawn by Chart.js
 * under the portal's CSP and has its figures in a table with headers, no raw message key shows, and nothing of
 * another district or region appears. A full-page screenshot of each lands in target/screenshots
 * (dashboard-*.png).
 */
class DashboardBrowserIT {

    /** Each demo role, its dashboard and a list a figure of it links to. */
    private static final Map<DemoAccount, String[]> DASHBOARDS = Map.of(
            DemoAccount.AKIM_ZAISAN, new String[] {"/mayor/index.xhtml", "/work/tasks.xhtml", "dashboard-mayor"},
            DemoAccount.GOVERNOR_EAST, new String[] {"/governor/index.xhtml", "/governor/appeals.xhtml",
                "dashboard-governor"},
            DemoAccount.PM_ALIYA, new String[] {"/pm/index.xhtml", "/pm/trust.xhtml", "dashboard-pm"},
            DemoAccount.TRAINER_SAULE, new String[] {"/trainer/index.xhtml", "/trainer/courses.xhtml",
                "dashboard-trainer"},
            DemoAccount.ADMIN, new String[] {"/admin/index.xhtml", "/admin/officials.xhtml", "dashboard-admin"});

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    @Test
    void aMayorsDashboard() {
        check(DemoAccount.AKIM_ZAISAN);
    }

    @Test
    void aGovernorsDashboard() {
        check(DemoAccount.GOVERNOR_EAST);
    }

    @Test
    void aProjectManagersDashboard() {
        check(DemoAccount.PM_ALIYA);
    }

    @Test
    void aTrainersDashboard() {
        check(DemoAccount.TRAINER_SAULE);
    }

    @Test
    void anAdministratorsDashboard() {
        check(DemoAccount.ADMIN);
    }

    private void check(DemoAccount account) {
        String[] d = DASHBOARDS.get(account);
        ProjectBrowser browser = browsers.signIn(account, d[0]);
        assertTrue(browser.url().contains(d[0]), account.username() + " is on their dashboard");
        String text = browser.mainText();
        assertFalse(text.contains("???"), "no raw message key on " + d[0]);
        if (account.foreignData() != null) {
            assertFalse(text.contains(account.foreignData()), account.username() + " sees nothing of "
                    + account.foreignData());
        }

        List<WebElement> tiles = browser.all(By.cssSelector("a.birge-dash-tile"));
        assertTrue(tiles.size() >= 4, "the figures at the top of " + d[0]);
        for (WebElement tile : tiles) {
            assertFalse(tile.getAttribute("href").isBlank(), "each figure links to its list");
            assertFalse(tile.findElement(By.cssSelector(".birge-dash-value")).getText().isBlank());
        }
        assertTrue(tiles.stream().anyMatch(t -> t.getAttribute("href").contains(d[1])),
                "a figure links to " + d[1]);

        List<WebElement> charts = browser.all(By.cssSelector("canvas"));
        assertFalse(charts.isEmpty(), "the dashboard " + d[0] + " has charts on the demo data");
        for (WebElement canvas : charts) {
            Object drawn = ((JavascriptExecutor) browser.driver).executeScript(
                    "return !!(window.Chart && Chart.getChart(arguments[0]))", canvas);
            assertEquals(Boolean.TRUE, drawn, "Chart.js drew " + canvas.getAttribute("id"));
            WebElement card = canvas.findElement(By.xpath("ancestor::section[1]"));
            boolean tableBeside = !card.findElements(By.cssSelector("table th[scope='row']")).isEmpty();
            boolean tableAbove = !card.findElements(By.cssSelector(".birge-dash-table-above")).isEmpty()
                    && !browser.all(By.cssSelector("#districts th[scope='row']")).isEmpty();
            assertTrue(tableBeside || tableAbove, "the figures of the chart in " + card.getAttribute("aria-labelledby")
                    + " are in a table with headers");
        }
        for (WebElement table : browser.all(By.cssSelector("table.birge-dash-table"))) {
            assertFalse(table.findElements(By.cssSelector("thead th[scope='col']")).isEmpty(),
                    "every table of figures has column headers");
        }

        fullPage(browser);
        browser.screenshot(d[2]);
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
        browser.click(tiles.stream().filter(t -> t.getAttribute("href").contains(d[1])).findFirst().orElseThrow());
        browser.wait.until(x -> x.getCurrentUrl().contains(d[1]));
        browsers.done(browser);
    }

    /** Makes the window as tall as the page, so that the screenshot shows all of it. */
    private static void fullPage(ProjectBrowser browser) {
        for (int round = 0; round < 2; round++) {
            Object height = ((JavascriptExecutor) browser.driver).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"
                            + " + window.outerHeight - window.innerHeight");
            int pixels = Math.min(6000, ((Number) height).intValue() + 20);
            browser.driver.manage().window().setSize(new Dimension(1366, pixels));
            browser.waitForAjax();
        }
    }
}
