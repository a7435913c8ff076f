package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A resident's appeal answered and rated, in real headless Chromium through the real Keycloak login:
 * resident.zaisan writes an appeal (with attack strings in its subject and text) and gets its reference at
 * once; akim.zaisan finds it in the inbox, sees the language expected and answers it (an attack string in
 * the answer too); the resident reads the answer and rates it. Every free text comes back as text: no
 * element or script of it reaches the pages. Screenshots land in target/screenshots (appeal-*.png).
 */
class AppealBrowserIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    /** No element the attack strings would have made exists on the page, and their text is shown as written. */
    private static void assertInert(ProjectBrowser browser, String where) {
        assertTrue(browser.all(By.cssSelector("img[src='x']")).isEmpty(), "no injected image on " + where);
        assertTrue(browser.all(By.xpath("//script[contains(., 'alert(1)')]")).isEmpty(), "no injected script on " + where);
        assertTrue(browser.mainText().contains(SCRIPT), "the script text is shown as text on " + where);
    }

    /**
     * Chooses in a menu as a person does; when its overlay cannot be clicked yet (seen in the first browser of
     * a run), chooses the same value through the menu's own widget, which updates it exactly as a click would.
     */
    private static void choose(ProjectBrowser browser, String clientId, String label, String value) {
        try {
            browser.choose(clientId, label);
        } catch (org.openqa.selenium.ElementNotInteractableException | AssertionError e) {
            browser.driver.executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                    clientId, value);
            browser.wait.until(d -> label.equals(d.findElement(By.cssSelector("[id='" + clientId
                    + "_input'] option:checked")).getAttribute("textContent").strip()));
        }
    }

    @Test
    void aResidentsAppealIsAnsweredByTheMayorAndRated() {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String subject = "Отопление " + mark + " " + SCRIPT;

        // The resident writes the appeal and gets its reference at once.
        ProjectBrowser resident = browsers.signIn(DemoAccount.RESIDENT_ZAISAN, "/resident/appeal.xhtml");
        choose(resident, "appealForm:category", "Отопление", "HEATING");
        resident.type(ProjectBrowser.id("appealForm:subject"), subject);
        resident.type(ProjectBrowser.id("appealForm:body"), "В школе № 2 холодно. " + IMAGE + " " + SCRIPT);
        resident.click(By.cssSelector("[id='appealForm:public'] .ui-chkbox-box"));
        resident.screenshot("appeal-form");
        resident.click(ProjectBrowser.id("appealForm:submit"));
        resident.wait.until(d -> d.getCurrentUrl().contains("id="));
        String reference = resident.find(By.id("appealReference")).getText().strip();
        assertTrue(reference.matches("ZAISAN-\\d{4}-\\d{6}"), reference);
        resident.waitForMessage(reference);
        long id = Long.parseLong(resident.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertInert(resident, "the resident's appeal");
        resident.screenshot("appeal-submitted");
        browsers.done(resident);

        // The mayor finds it in the inbox and answers it in the language expected.
        ProjectBrowser mayor = browsers.signIn(DemoAccount.AKIM_ZAISAN, "/mayor/appeals.xhtml");
        assertTrue(mayor.mainText().contains(reference), "the inbox lists the new appeal");
        mayor.screenshot("appeal-inbox");
        mayor.open("/mayor/appeal.xhtml?id=" + id);
        assertInert(mayor, "the mayor's appeal");
        assertTrue(mayor.find(By.id("expectedLanguage")).getText().contains("Русский"), "the answer language is shown");
        mayor.type(ProjectBrowser.id("answerForm:answerText"), "Котельная школы отремонтирована. " + IMAGE + " " + SCRIPT);
        mayor.click(ProjectBrowser.id("answerForm:answer"));
        mayor.waitForMessage(reference);
        assertEquals("Дан ответ", mayor.find(By.id("appealStatus")).getText().strip());
        assertInert(mayor, "the answered appeal");
        assertTrue(mayor.all(By.cssSelector("img[src='x']")).isEmpty());
        mayor.screenshot("appeal-answered");
        browsers.done(mayor);

        // The resident reads the answer and rates it.
        ProjectBrowser again = browsers.signIn(DemoAccount.RESIDENT_ZAISAN, "/resident/appeal.xhtml?id=" + id);
        assertTrue(again.find(By.id("answerText")).getText().contains("Котельная школы отремонтирована"));
        assertTrue(again.find(By.id("answerText")).getText().contains(SCRIPT), "the answer's script is text");
        assertInert(again, "the resident's answered appeal");
        again.click(By.cssSelector("[id='rateForm:rating'] .ui-radiobutton-box"));
        again.type(ProjectBrowser.id("rateForm:ratingComment"), "Спасибо, стало тепло! " + SCRIPT);
        again.click(ProjectBrowser.id("rateForm:rate"));
        again.waitForMessage(reference);
        assertEquals("Удовлетворён", again.find(By.id("ratingShown")).getText().strip());
        assertInert(again, "the rated appeal");
        again.screenshot("appeal-rated");
        again.open("/resident/appeals.xhtml");
        assertTrue(again.mainText().contains(reference), "the resident's list holds the appeal");
        browsers.done(again);
    }
}
