package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Officials talk to each other, in real headless Chromium through the real Keycloak login (in Russian):
 * governor.east sends an announcement to the mayors of East Kazakhstan, akim.zaisan reads it, and the
 * governor sees akim.zaisan's read receipt with its time on the announcement's page; akim.zaisan starts a
 * thread with the governor, who answers. Subjects and texts carry attack strings, which come back as plain
 * text: no script runs, no element is injected. Screenshots land in target/screenshots (officials-*.png).
 */
class AnnouncementBrowserIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    private static void assertInert(ProjectBrowser browser, String where) {
        assertTrue(browser.driver.findElements(By.cssSelector("img[src='x']")).isEmpty(), "no injected image " + where);
        assertFalse(browser.driver.getPageSource().contains(SCRIPT), "no raw script tag " + where);
        assertTrue(browser.driver.findElements(By.xpath("//script[contains(., 'alert(1)')]")).isEmpty(),
                "no injected script " + where);
    }

    @Test
    void theGovernorSeesWhoReadTheAnnouncementAndWhen() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String subject = "Отопительный сезон " + suffix + " " + SCRIPT;
        String body = "Пришлите отчёты до пятницы. " + IMAGE;

        ProjectBrowser governor = browsers.signIn(DemoAccount.GOVERNOR_EAST, "/work/announcements.xhtml");
        governor.type(ProjectBrowser.id("newForm:subject"), subject);
        governor.type(ProjectBrowser.id("newForm:body"), body);
        governor.click(ProjectBrowser.id("newForm:send"));
        governor.confirm("officials-announcement-confirm");
        governor.wait.until(d -> d.getCurrentUrl().contains("/work/announcement.xhtml?id="));
        String page = governor.url().substring(governor.url().indexOf("/work/"));
        assertEquals(subject, governor.find(By.id("pageTitle")).getText(), "the subject as text");
        assertTrue(governor.find(By.id("body")).getText().contains(IMAGE), "the text as text");
        assertEquals("0", governor.find(By.id("readers")).getText());
        assertInert(governor, "on the sender's page");
        governor.screenshot("officials-announcement-sent");

        ProjectBrowser mayor = browsers.signIn(DemoAccount.AKIM_ZAISAN, "/work/announcements.xhtml");
        WebElement link = mayor.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(., '" + suffix + "')]")));
        assertInert(mayor, "in the mayor's list");
        mayor.screenshot("officials-announcements-received");
        mayor.click(link);
        mayor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readNote")));
        assertEquals(subject, mayor.find(By.id("pageTitle")).getText());
        assertInert(mayor, "on the mayor's page");
        mayor.screenshot("officials-announcement-read");
        mayor.open(page);
        browsers.done(mayor);

        governor.open(page);
        WebElement receipts = governor.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("receiptsForm:receipts")));
        List<WebElement> rows = receipts.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size(), "one receipt, though the page was opened twice: " + receipts.getText());
        String row = rows.get(0).getText();
        assertTrue(row.contains("akim.zaisan"), row);
        assertTrue(row.matches("(?s).*\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}.*"), "with the time: " + row);
        assertEquals("1", governor.find(By.id("readers")).getText());
        governor.screenshot("officials-announcement-receipts");
        browsers.done(governor);
    }

    @Test
    void aMayorAndTheGovernorTalkInAThread() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String subject = "Вопрос " + suffix + " " + IMAGE;
        String message = "Прошу совета. " + SCRIPT;

        ProjectBrowser mayor = browsers.signIn(DemoAccount.AKIM_ZAISAN, "/work/thread.xhtml");
        assertTrue(mayor.find(ProjectBrowser.id("newForm:channel:0")).isSelected(), "a mayor writes to the governor first");
        mayor.type(ProjectBrowser.id("newForm:subject"), subject);
        mayor.type(ProjectBrowser.id("newForm:message"), message);
        mayor.click(ProjectBrowser.id("newForm:start"));
        mayor.wait.until(d -> d.getCurrentUrl().contains("/work/thread.xhtml?id="));
        String page = mayor.url().substring(mayor.url().indexOf("/work/"));
        assertEquals(subject, mayor.find(By.id("pageTitle")).getText());
        assertInert(mayor, "on the thread page");
        browsers.done(mayor);

        ProjectBrowser governor = browsers.signIn(DemoAccount.GOVERNOR_EAST, "/work/threads.xhtml");
        WebElement link = governor.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(., '" + suffix + "')]")));
        assertInert(governor, "in the list of threads");
        governor.screenshot("officials-threads");
        governor.click(link);
        governor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messagesForm:messages"),
                "Прошу совета. " + SCRIPT));
        governor.type(ProjectBrowser.id("replyForm:message"), "Ответ губернатора " + suffix);
        governor.click(ProjectBrowser.id("replyForm:send"));
        governor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messagesForm:messages"),
                "Ответ губернатора " + suffix));
        assertInert(governor, "on the thread page");
        governor.click(ProjectBrowser.id("statusForm:resolve"));
        governor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resolvedNote")));
        governor.screenshot("officials-thread-resolved");
        assertTrue(page.startsWith("/work/thread.xhtml?id="));
        browsers.done(governor);
    }
}
