package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A community poll from its question to a proposal draft, in real headless Chromium through the real Keycloak
 * login (in Russian): akim.zaisan writes a poll, whose description and one option are attack strings, and opens
 * it; resident.zaisan votes and sees the results chart (drawn by Chart.js under the portal's CSP); akim.zaisan
 * closes the poll and starts a proposal draft from the winning option for the open call, and the draft and the
 * project page show the poll as the evidence of consultation. The attack strings stay text on every page.
 * Screenshots land in target/screenshots (poll-*.png).
 */
class PollBrowserIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    @Test
    void aMayorsPollBecomesAProposalDraftAfterTheResidentsVote() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String question = "Что построить для детей в первую очередь? " + suffix;
        String winner = "Крытый каток " + suffix;

        // The mayor writes the poll: the description and the third option are attack strings.
        ProjectBrowser mayor = browsers.signIn(DemoAccount.AKIM_ZAISAN, "/mayor/poll.xhtml");
        mayor.type(ProjectBrowser.id("pollForm:question"), question);
        mayor.type(ProjectBrowser.id("pollForm:description"), "Пояснение " + SCRIPT);
        mayor.type(ProjectBrowser.id("pollForm:optionRows:0:label"), winner);
        mayor.type(ProjectBrowser.id("pollForm:optionRows:1:label"), "Детская библиотека");
        mayor.type(ProjectBrowser.id("pollForm:optionRows:2:label"), IMG);
        mayor.click(ProjectBrowser.id("pollForm:save"));
        mayor.wait.until(d -> d.getCurrentUrl().contains("id="));
        long pollId = Long.parseLong(mayor.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertInert(mayor);
        mayor.click(ProjectBrowser.id("stateForm:openPoll"));
        mayor.confirm("poll-open");
        mayor.wait.until(d -> d.findElements(ProjectBrowser.id("stateForm:openPoll")).isEmpty()
                && !d.findElements(ProjectBrowser.id("stateForm:closePoll")).isEmpty());
        assertEquals("Открыт", mayor.find(By.id("pollStatus")).getText().strip());
        mayor.screenshot("poll-mayor-open");

        // The resident finds it in the list, votes and sees the chart.
        ProjectBrowser resident = browsers.signIn(DemoAccount.RESIDENT_ZAISAN, "/resident/polls.xhtml");
        assertTrue(resident.mainText().contains(question), "the district's open poll is listed");
        resident.open("/resident/poll.xhtml?id=" + pollId);
        assertTrue(resident.all(By.id("resultsChart")).isEmpty(), "no results before voting");
        assertInert(resident);
        resident.click(By.cssSelector("label[for='voteForm:choice:0']"));
        resident.click(ProjectBrowser.id("voteForm:vote"));
        resident.wait.until(d -> !d.findElements(By.id("myVote")).isEmpty());
        assertTrue(resident.find(By.id("myVote")).getText().contains(winner));
        assertChartDrawn(resident);
        assertInert(resident);
        resident.screenshot("poll-resident-voted");
        browsers.done(resident);

        // The mayor closes the poll and starts the proposal from the winner.
        mayor.open("/mayor/poll.xhtml?id=" + pollId);
        assertChartDrawn(mayor);
        mayor.click(ProjectBrowser.id("stateForm:closePoll"));
        mayor.confirm("poll-close");
        mayor.wait.until(d -> !d.findElements(ProjectBrowser.id("proposalForm:startProposal")).isEmpty());
        assertEquals("Завершён", mayor.find(By.id("pollStatus")).getText().strip());
        String chosenCall = selected(mayor, "proposalForm:proposalCall_input");
        if (chosenCall.isEmpty()) {
            String call = ((List<?>) ((JavascriptExecutor) mayor.driver).executeScript(
                    "return Array.from(document.getElementById('proposalForm:proposalCall_input').options)"
                            + ".filter(o => o.value).map(o => o.textContent.trim())")).stream().map(String::valueOf)
                    .filter(t -> t.startsWith("Местные инициативы")).findFirst().orElseThrow();
            mayor.choose("proposalForm:proposalCall", call);
        }
        mayor.screenshot("poll-mayor-closed");
        mayor.click(ProjectBrowser.id("proposalForm:startProposal"));
        mayor.wait.until(d -> d.getCurrentUrl().contains("/mayor/proposal.xhtml"));
        long projectId = Long.parseLong(mayor.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        String evidence = mayor.find(By.id("pollEvidence")).getText();
        assertTrue(evidence.contains(question) && evidence.contains(winner) && evidence.contains("голосов: 1 из 1"),
                evidence);
        assertEquals(winner, mayor.find(ProjectBrowser.id("pageTitle")).getText().strip());
        mayor.screenshot("poll-proposal-draft");
        mayor.open("/work/project.xhtml?id=" + projectId);
        assertTrue(mayor.find(By.id("pollEvidence")).getText().contains(question));
        mayor.open("/mayor/poll.xhtml?id=" + pollId);
        assertTrue(mayor.find(By.id("proposalStarted")).getText().contains(winner));
        assertTrue(mayor.all(ProjectBrowser.id("proposalForm:startProposal")).isEmpty(), "one proposal per poll");
        browsers.done(mayor);
    }

    /** The attack strings are shown as text and made no element of the page. */
    private static void assertInert(ProjectBrowser browser) {
        String text = browser.mainText();
        assertTrue(text.contains(SCRIPT) || text.contains(IMG), "the typed text is shown as it was typed: " + text);
        assertTrue(browser.all(By.cssSelector("img[src='x']")).isEmpty(), "no image element from an option");
        Object scripts = ((JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.scripts).filter(s => s.textContent.includes('<img src=x')"
                        + " || s.textContent.includes('<script>alert')).length");
        assertEquals(0L, ((Number) scripts).longValue(), "no script element carries the typed script");
    }

    private static void assertChartDrawn(ProjectBrowser browser) {
        WebElement canvas = browser.find(By.cssSelector("#resultsChart canvas"));
        assertTrue(canvas.getSize().getHeight() > 0);
        Object drawn = ((JavascriptExecutor) browser.driver).executeScript(
                "return !!(window.Chart && Chart.getChart(arguments[0]))", canvas);
        assertEquals(Boolean.TRUE, drawn, "Chart.js drew the results");
        assertFalse(browser.find(By.id("resultsTable")).getText().isBlank());
    }

    private static String selected(ProjectBrowser browser, String selectId) {
        Object value = ((JavascriptExecutor) browser.driver).executeScript(
                "var s = document.getElementById(arguments[0]); return s ? s.value : ''", selectId);
        return value == null ? "" : value.toString();
    }
}
