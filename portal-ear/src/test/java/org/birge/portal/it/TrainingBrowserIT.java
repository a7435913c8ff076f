package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * A course from its creation to a verified certificate, in real headless Chromium browsers through the real
 * Keycloak login (in Russian, the portal's default language): trainer.saule creates and publishes a course
 * and plans a half-hour session today, akim.zaisan and akim.tavriya enrol, the trainer confirms them, starts the
 * session, marks both present and records their tests (Zaisan passes, Tavriya's post-test is below the pass
 * mark) and completes it; akim.zaisan downloads the certificate, whose PDF holds the name and the code, and
 * the public page confirms the code to someone not signed in; akim.tavriya has no certificate. Screenshots
 * of the main steps land in target/screenshots (training-*.png).
 */
class TrainingBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern CODE = Pattern.compile("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
    private static final String ZAISAN_NAME = "Алмас Ондаканов";

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    private ProjectBrowser signIn(DemoAccount account, String path) {
        return browsers.signIn(account, path);
    }

    private void done(ProjectBrowser browser) {
        browsers.done(browser);
    }

    @Test
    void aTrainerRunsACourseAndTheMayorsCertificateIsVerifiedInPublic() throws Exception {
        // Test courses sort after the demo ones ("ZB-").
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String code = "ZB-" + suffix;
        String title = "Открытые слушания " + suffix;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));

        // The trainer creates the course with its rule and publishes it.
        ProjectBrowser trainer = signIn(DemoAccount.TRAINER_SAULE, "/trainer/course.xhtml");
        trainer.type(ProjectBrowser.id("courseForm:code"), code);
        trainer.type(ProjectBrowser.id("courseForm:title"), title);
        trainer.type(ProjectBrowser.id("courseForm:description"), "Как провести открытые слушания в сельском округе.");
        assertTrue(trainer.find(ProjectBrowser.id("courseForm:targets:0")).isSelected(), "a new course is for mayors");
        trainer.typeNumber("courseForm:hours", 6);
        trainer.typeNumber("courseForm:attendance", 100);
        trainer.typeNumber("courseForm:passMark", 70);
        trainer.click(ProjectBrowser.id("courseForm:save"));
        trainer.wait.until(d -> d.getCurrentUrl().contains("id="));
        long courseId = Long.parseLong(trainer.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        trainer.click(ProjectBrowser.id("courseForm:publish"));
        trainer.confirm("training-course-publish");
        trainer.wait.until(d -> d.findElement(By.id("courseStatus")).getText().strip().length() > 0
                && d.findElements(ProjectBrowser.id("courseForm:publish")).isEmpty());
        trainer.screenshot("training-course");

        // It plans a one-day session today and opens it for enrolment.
        trainer.open("/trainer/session.xhtml?course=" + courseId);
        trainer.type(ProjectBrowser.id("planForm:days_input"), DAY.format(today));
        // A half-hour at a random time of the day, so that a session left open by an interrupted run on the same
        // database does not overlap this one for the mayors.
        LocalTime starts = LocalTime.of(6, 0).plusMinutes(5L * ThreadLocalRandom.current().nextInt(180));
        trainer.type(ProjectBrowser.id("planForm:startsAt_input"), HOUR.format(starts));
        trainer.type(ProjectBrowser.id("planForm:endsAt_input"), HOUR.format(starts.plusMinutes(30)));
        trainer.type(ProjectBrowser.id("planForm:venue"), "Усть-Каменогорск, учебный центр акимата");
        trainer.typeNumber("planForm:capacity", 10);
        assertTrue(trainer.find(ProjectBrowser.id("planForm:trainers")).getText().contains("Сауле"),
                "the trainer who plans a session trains it unless they choose otherwise");
        trainer.click(ProjectBrowser.id("planForm:save"));
        trainer.wait.until(d -> d.getCurrentUrl().contains("id="));
        long sessionId = Long.parseLong(trainer.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        trainer.click(ProjectBrowser.idEndsWith(":openEnrolment"));
        trainer.confirm(null);
        trainer.find(ProjectBrowser.idEndsWith(":start"));
        trainer.screenshot("training-session-open");

        // Both mayors enrol on the session's page.
        for (DemoAccount mayor : List.of(DemoAccount.AKIM_ZAISAN, DemoAccount.AKIM_TAVRIYA)) {
            ProjectBrowser browser = signIn(mayor, "/training/session.xhtml?id=" + sessionId);
            browser.click(ProjectBrowser.idEndsWith(":enrol"));
            browser.wait.until(d -> !d.findElements(ProjectBrowser.idEndsWith(":withdraw")).isEmpty());
            assertTrue(browser.find(By.id("myStatus")).getText().strip().length() > 0, "the mayor sees where they stand");
            browser.screenshot("training-enrolled-" + mayor.username());
            done(browser);
        }

        // The trainer confirms both, starts the session, marks attendance and the tests.
        trainer.open("/trainer/roster.xhtml?session=" + sessionId);
        trainer.click(ProjectBrowser.idEndsWith(":confirmAll"));
        trainer.confirm(null);
        trainer.wait.until(d -> d.findElements(ProjectBrowser.idEndsWith(":confirm")).isEmpty());
        trainer.screenshot("training-roster");
        trainer.open("/trainer/session.xhtml?id=" + sessionId);
        trainer.click(ProjectBrowser.idEndsWith(":start"));
        trainer.confirm(null);
        trainer.find(ProjectBrowser.idEndsWith(":complete"));

        trainer.open("/trainer/attendance.xhtml?session=" + sessionId);
        for (String name : List.of(ZAISAN_NAME, "Адылбек Рамазанов")) {
            trainer.click(row(trainer, name).findElement(By.cssSelector(".ui-chkbox-box")));
        }
        trainer.click(ProjectBrowser.id("sheetForm:saveAttendance"));
        trainer.wait.until(d -> !trainer.messages().isBlank());
        score(trainer, ZAISAN_NAME, 40, 90);
        score(trainer, "Адылбек Рамазанов", 35, 55);
        trainer.click(ProjectBrowser.id("sheetForm:saveScores"));
        trainer.wait.until(d -> row(trainer, ZAISAN_NAME).getText().contains("+50"));
        assertTrue(row(trainer, "Адылбек Рамазанов").getText().contains("+20"), "Tavriya's gain is shown");
        trainer.screenshot("training-attendance");

        trainer.open("/trainer/session.xhtml?id=" + sessionId);
        trainer.click(ProjectBrowser.idEndsWith(":complete"));
        trainer.confirm(null);
        trainer.find(By.id("noNextStep"));
        done(trainer);

        // The akim of Zaisan finds the certificate on their training page and downloads it.
        ProjectBrowser zaisan = signIn(DemoAccount.AKIM_ZAISAN, "/mayor/training.xhtml");
        pastTab(zaisan);
        WebElement certificate = zaisan.find(By.xpath(pastRow(title) + "//a[contains(@href,'/training/certificate/')]"));
        String href = certificate.getAttribute("href");
        zaisan.screenshot("training-certificate-link");
        byte[] pdf = download(zaisan, href);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains(ZAISAN_NAME), "the certificate names the mayor: " + text);
        assertTrue(text.contains(title), "the certificate names the course: " + text);
        Matcher found = CODE.matcher(text);
        assertTrue(found.find(), "the certificate carries a verification code: " + text);
        String verification = found.group();
        done(zaisan);

        // The akim of Tavriya did not pass the post-test: no certificate for this course.
        ProjectBrowser tavriya = signIn(DemoAccount.AKIM_TAVRIYA, "/mayor/training.xhtml");
        pastTab(tavriya);
        WebElement past = tavriya.find(By.xpath(pastRow(title)));
        assertFalse(past.findElements(By.xpath(".//a[contains(@href,'/training/certificate/')]")).size() > 0,
                "no certificate for a post-test below the pass mark: " + past.getText());
        tavriya.screenshot("training-not-completed");
        done(tavriya);

        // Anyone, not signed in, verifies the code on the public page.
        try (ProjectBrowser visitor = ProjectBrowser.anonymous("/verify/" + verification)) {
            String page = visitor.mainText();
            assertTrue(page.contains(ZAISAN_NAME), "the public page confirms the holder: " + page);
            assertTrue(page.contains(title), "and the course: " + page);
            visitor.screenshot("training-verify");
        }
    }

    /** Shows the past sessions on the mayor's training page. */
    private static void pastTab(ProjectBrowser browser) {
        browser.click(By.xpath("//*[@id='mineForm:tabs']//a[contains(@href,'pastTab')]"));
        browser.find(By.xpath("//*[contains(@id,'pastTab') and not(contains(@style,'display: none'))]"));
    }

    /** The row of the past sessions table that shows the course {@code title}. */
    private static String pastRow(String title) {
        return "//*[contains(@id,'past')]//tr[.//*[contains(normalize-space(.),'" + title + "')]]";
    }

    /** The row of the attendance sheet that shows {@code name}. */
    private static WebElement row(ProjectBrowser browser, String name) {
        return browser.find(By.xpath("//*[@id='sheetForm:sheet']//tr[.//*[normalize-space(.)='" + name + "']]"));
    }

    private static void score(ProjectBrowser browser, String name, int pre, int post) {
        WebElement row = row(browser, name);
        browser.type(ProjectBrowser.id(row.findElement(By.cssSelector("input[id$=':pre']")).getAttribute("id")),
                String.valueOf(pre));
        browser.type(ProjectBrowser.id(row(browser, name).findElement(By.cssSelector("input[id$=':post']"))
                .getAttribute("id")), String.valueOf(post));
    }

    /** GETs {@code url} with the browser's session cookie, as the browser would download it. */
    private static byte[] download(ProjectBrowser browser, String url) throws IOException, InterruptedException {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser.driver.manage().getCookies()) {
            cookies.append(cookies.length() == 0 ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies.toString()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "the certificate downloads");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                "as a PDF");
        return response.body();
    }
}
