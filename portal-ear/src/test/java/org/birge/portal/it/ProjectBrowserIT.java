package org.birge.portal.it;

import static org.birge.portal.it.ProjectBrowser.id;
import static org.birge.portal.it.ProjectBrowser.idEndsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A local development project from the call to its closing, in real headless Chromium browsers through the
 * real Keycloak login, as the people of the programme use the pages (in Russian, the portal's default
 * language): the akim of Zaisan writes and submits a proposal against the open demo call, the akim of
 * another district and the governor of another region cannot see or act on it, the governor of East
 * Kazakhstan endorses it, a project manager appraises it, two project managers decide the grant (four
 * eyes), the akim reports progress, the report is accepted, the akim sends the final evaluation and the
 * project manager closes the project. Screenshots of the main steps land in target/screenshots
 * (project-*.png).
 *
 * <p>The demo database holds other projects of the same districts and call: the test finds its own by a
 * title with a random suffix, and its id from the proposal page's address.
 */
class ProjectBrowserIT {

    /** The demo call that is open today (db/demo V2, call 500). */
    private static final String CALL_TITLE = "Местные инициативы";

    /** Its four criteria, which the appraisal scores (30, 25, 25 and 20 points at most). */
    private static final List<String> CRITERIA = List.of("Потребность сообщества", "Реализуемость",
            "Софинансирование и устойчивость", "Вовлечение уязвимых групп");

    private final OpenBrowsers browsers = new OpenBrowsers();

    /** What answered otherwise than the 403 page where one was due. */
    private final List<String> refusals = new ArrayList<>();

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

    private static String uniqueTitle(String start) {
        return start + " " + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aProjectGoesFromTheCallThroughReviewGrantAndImplementationToItsClosing() {
        try {
            story(uniqueTitle("Сквер для семей у школы №2, проверка"));
        } catch (AssertionError | RuntimeException e) {
            if (!refusals.isEmpty()) {
                e.addSuppressed(new AssertionError("and pages that should answer 403 did not: " + refusals));
            }
            throw e;
        }
        // The refusals that answered something else than the 403 page (checked softly, so that one broken
        // page does not hide what the rest of the story finds).
        assertEquals(List.of(), refusals, "pages that should answer 403");
    }

    private void story(String title) {
        // 1. The akim of Zaisan starts a proposal against the open call and fills it in.
        ProjectBrowser zaisan = signIn(DemoAccount.AKIM_ZAISAN, "/mayor/calls.xhtml");
        long projectId = startProposal(zaisan, title);
        fillCompleteProposal(zaisan, title);
        zaisan.click(id("proposalForm:save"));
        zaisan.waitForMessage("Сохранено. Заявку можно подавать.");
        assertTrue(zaisan.all(By.id("problemList")).isEmpty(), "nothing lacks: " + zaisan.mainText());
        assertTrue(zaisan.find(By.id("readyNote")).isDisplayed());
        zaisan.screenshot("project-03-proposal-saved");

        // 2. The akim of Tavriya (same region, another district) never sees Zaisan's draft ...
        ProjectBrowser tavriya = signIn(DemoAccount.AKIM_TAVRIYA, "/work/projects.xhtml");
        assertNotListed(tavriya, "/work/projects.xhtml", "projectsForm:projects", title);
        expectRefused(tavriya, "/work/project.xhtml?id=" + projectId, title, "Tavriya's akim opens Zaisan's draft");
        tavriya.screenshot("project-04-tavriya-refused");
        expectRefused(tavriya, "/mayor/proposal.xhtml?id=" + projectId, title,
                "Tavriya's akim opens Zaisan's proposal form");

        // ... and Zaisan's akim submits it: the project page says it is under review.
        zaisan.click(id("proposalForm:submit"));
        zaisan.confirm("project-05-submit-confirmation");
        zaisan.wait.until(d -> d.getCurrentUrl().contains("/work/project.xhtml?id=" + projectId));
        zaisan.waitForStatus("На рассмотрении");
        zaisan.waitForMessage("подана на рассмотрение");
        assertEquals(title, zaisan.find(By.id("pageTitle")).getText());
        assertTrue(zaisan.find(By.id("currentStep")).getText().contains("Согласование акимом области"),
                zaisan.find(By.id("currentStep")).getText());
        zaisan.screenshot("project-06-submitted");
        done(zaisan);

        // Submitted, it stays out of Tavriya's sight all the same.
        assertNotListed(tavriya, "/work/projects.xhtml", "projectsForm:projects", title);
        expectRefused(tavriya, "/work/project.xhtml?id=" + projectId, title,
                "Tavriya's akim opens Zaisan's submitted project");
        expectRefused(tavriya, "/mayor/proposal.xhtml?id=" + projectId, title,
                "Tavriya's akim opens Zaisan's submitted proposal");
        done(tavriya);

        // 3. The governor of Pavlodar (another region) can neither open it nor find it among his tasks.
        ProjectBrowser pavlodar = signIn(DemoAccount.GOVERNOR_PAVLODAR, "/governor/");
        expectRefused(pavlodar, "/work/project.xhtml?id=" + projectId, title,
                "Pavlodar's governor opens a project of East Kazakhstan");
        assertNotListed(pavlodar, "/work/tasks.xhtml", "tasksForm:tasks", title);
        done(pavlodar);

        // 4. The governor of East Kazakhstan finds it among his tasks and endorses it.
        ProjectBrowser east = signIn(DemoAccount.GOVERNOR_EAST, "/work/tasks.xhtml");
        openFromList(east, "tasksForm:tasks", title, projectId);
        assertTrue(east.find(By.id("myTask")).getText().contains("Согласование акимом области"),
                east.find(By.id("myTask")).getText());
        east.screenshot("project-07-governor-task");
        approve(east, "Одобрено. Проект переходит на следующий этап.");
        east.waitForStatus("На рассмотрении");
        assertTrue(east.find(By.id("currentStep")).getText().contains("Техническая экспертиза"));
        assertTrue(east.all(idEndsWith(":approve")).isEmpty(), "the governor's part is done");
        done(east);

        // 5. A project manager appraises it: one score per criterion of the call, then approve.
        ProjectBrowser aliya = signIn(DemoAccount.PM_ALIYA, "/work/tasks.xhtml");
        openFromList(aliya, "tasksForm:tasks", title, projectId);
        List<WebElement> scores = aliya.all(By.cssSelector("[id^='taskForm:'][id$=':score_input']"));
        assertEquals(CRITERIA.size(), scores.size(), "one score input per criterion of the call");
        String form = aliya.find(By.id("taskForm")).getText();
        CRITERIA.forEach(criterion -> assertTrue(form.contains(criterion), "the sheet names " + criterion));
        int[] points = {27, 22, 20, 18};
        for (int i = 0; i < scores.size(); i++) {
            String scoreId = scores.get(i).getAttribute("id");
            aliya.typeNumber(scoreId.substring(0, scoreId.length() - "_input".length()), points[i]);
        }
        aliya.type(id("taskForm:comment"), "Проект обоснован, смета реалистична.");
        aliya.screenshot("project-08-appraisal-sheet");
        approve(aliya, "Одобрено. Проект переходит на следующий этап.");
        assertTrue(aliya.find(By.id("currentStep")).getText().contains("Решение о гранте"),
                aliya.find(By.id("currentStep")).getText());
        aliya.click(By.cssSelector("a[href$='indicatorsTab']"));
        aliya.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scoreTotal"), "87 / 100"));

        // 6. The grant decision needs two project managers: Aliya's approval is the first of two ...
        approve(aliya, "Нужно одобрение второго менеджера");
        aliya.waitForStatus("На рассмотрении");
        assertTrue(aliya.all(idEndsWith(":approve")).isEmpty(), "no second approval by the same manager");
        aliya.screenshot("project-09-first-of-two-approvals");
        // ... and trying again she cannot: no button on the page, and not among her tasks.
        aliya.open("/work/project.xhtml?id=" + projectId);
        assertTrue(aliya.all(idEndsWith(":approve")).isEmpty(), "the same manager cannot approve twice");
        assertNotListed(aliya, "/work/tasks.xhtml", "tasksForm:tasks", title);
        done(aliya);

        ProjectBrowser daniyar = signIn(DemoAccount.PM_DANIYAR, "/work/tasks.xhtml");
        WebElement row = rowOf(daniyar, "tasksForm:tasks", title);
        assertTrue(row.getText().contains("второе одобрение"), "the task says it is the second approval: "
                + row.getText());
        openFromList(daniyar, "tasksForm:tasks", title, projectId);
        assertTrue(daniyar.find(By.id("taskForm")).getText().contains("нужен второй"),
                "the page tells who approved first: " + daniyar.find(By.id("taskForm")).getText());
        daniyar.screenshot("project-10-second-approval");
        approve(daniyar, "Одобрено. Проект переходит на следующий этап.");
        daniyar.waitForStatus("Реализуется");
        assertEquals("38000000", digits(daniyar.find(By.id("grantApproved")).getText()));
        daniyar.screenshot("project-11-granted");
        done(daniyar);

        // 7. The akim reports progress.
        reportProgress(projectId);

        // 8. The project manager accepts the report, the akim sends the final evaluation, and the project
        // manager approves it: the project is closed, and its history lists the steps.
        acceptReport(projectId);
        sendFinalEvaluation(projectId);
        Set<String> history = approveEvaluation(projectId, title);
        for (String step : List.of("Заявка создана", "Приложен файл", "Заявка сохранена", "Заявка отправлена",
                "Одобрено", "Первое из двух одобрений", "Отчёт отправлен", "Отчёт принят",
                "Итоговая оценка отправлена")) {
            assertTrue(history.contains(step), "the history lists \"" + step + "\": " + history);
        }
    }

    @Test
    void theOpenCallShowsItsTermsAndCriteria() {
        ProjectBrowser zaisan = signIn(DemoAccount.AKIM_ZAISAN, "/mayor/calls.xhtml");
        WebElement row = rowOf(zaisan, "callsForm:calls", CALL_TITLE);
        assertEquals("60000000", digits(row.findElements(By.tagName("td")).get(1).getText()));
        assertTrue(row.getText().contains("20 %"), row.getText());
        zaisan.click(row.findElement(idEndsWith(":details")));
        WebElement criteria = zaisan.wait.until(ExpectedConditions.visibilityOfElementLocated(
                id("detailsDialogForm:criteria")));
        CRITERIA.forEach(criterion -> assertTrue(criteria.getText().contains(criterion), criterion));
        assertTrue(zaisan.find(By.id("callTitle")).getText().startsWith(CALL_TITLE));
        zaisan.screenshot("project-call-details");
        zaisan.click(id("detailsDialogForm:closeDetails"));
        zaisan.wait.until(ExpectedConditions.invisibilityOfElementLocated(id("detailsDialogForm:criteria")));
    }

    @Test
    void aProposalWithoutATitleIsNotStartedAndAnEmptyOneSaysWhatItLacks() {
        ProjectBrowser zaisan = signIn(DemoAccount.AKIM_ZAISAN, "/mayor/calls.xhtml");
        zaisan.click(rowOf(zaisan, "callsForm:calls", CALL_TITLE).findElement(idEndsWith(":start")));
        zaisan.wait.until(ExpectedConditions.visibilityOfElementLocated(id("startDialogForm:title")));
        zaisan.click(id("startDialogForm:confirmStart"));
        WebElement message = zaisan.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='startDialogForm:title'] ~ .ui-message")));
        assertEquals("Введите название заявки.", message.getText().strip());
        assertTrue(zaisan.url().contains("/mayor/calls.xhtml"), "no proposal without a title");
        zaisan.screenshot("project-start-without-title");

        String title = uniqueTitle("Пустая заявка, проверка");
        zaisan.type(id("startDialogForm:title"), title);
        zaisan.click(id("startDialogForm:confirmStart"));
        zaisan.wait.until(d -> d.getCurrentUrl().contains("/mayor/proposal.xhtml?id="));
        zaisan.waitForMessage(title);
        zaisan.click(id("proposalForm:saveTop"));
        zaisan.waitForMessage("Сохранено. Чего ещё не хватает в заявке, перечислено ниже.");
        String lacks = zaisan.find(By.id("problemList")).getText();
        for (String problem : List.of("Опишите проблему", "Приложите протокол собрания жителей.",
                "Добавьте хотя бы одну статью бюджета.", "Добавьте хотя бы один этап.")) {
            assertTrue(lacks.contains(problem), "the list says \"" + problem + "\": " + lacks);
        }
        zaisan.screenshot("project-empty-proposal-lacks");
        zaisan.click(id("proposalForm:submit"));
        zaisan.confirm(null);
        zaisan.waitForMessage("Заявку пока нельзя подать");
        assertTrue(zaisan.url().contains("/mayor/proposal.xhtml?id="), "an incomplete proposal stays a draft");
    }

    /** The akim of Zaisan sends a progress report from the project page. */
    void reportProgress(long projectId) {
        ProjectBrowser zaisan = signIn(DemoAccount.AKIM_ZAISAN, "/work/project.xhtml?id=" + projectId);
        zaisan.waitForStatus("Реализуется");
        zaisan.click(id("implementationForm:openReport"));
        zaisan.wait.until(ExpectedConditions.visibilityOfElementLocated(id("reportForm:narrative")));
        zaisan.type(id("reportForm:narrative"), "Подрядчик выбран, покрытие дорожек уложено на 40 %.");
        zaisan.type(id("reportForm:issues"), "Задержка поставки скамеек на две недели.");
        zaisan.screenshot("project-12-progress-report");
        zaisan.click(id("reportForm:sendReport"));
        zaisan.waitForMessage("Отчёт отправлен");
        zaisan.click(By.cssSelector("a[href$='reportsTab']"));
        zaisan.wait.until(ExpectedConditions.textToBePresentInElementLocated(id("tabs:reports"),
                "покрытие дорожек уложено"));
        zaisan.screenshot("project-13-report-sent");
        done(zaisan);
    }

    /** A project manager accepts the report: the task on the project page. */
    void acceptReport(long projectId) {
        ProjectBrowser aliya = signIn(DemoAccount.PM_ALIYA, "/work/project.xhtml?id=" + projectId);
        aliya.waitForStatus("Реализуется");
        assertTrue(aliya.find(By.id("myTask")).getText().contains("Рассмотрение отчёта"),
                aliya.find(By.id("myTask")).getText());
        aliya.screenshot("project-14-report-review");
        approve(aliya, "Отчёт принят");
        assertTrue(aliya.all(idEndsWith(":approve")).isEmpty(), "the report is reviewed");
        done(aliya);
    }

    /** The akim sends the final evaluation: a final value per indicator, people reached, lessons learned. */
    void sendFinalEvaluation(long projectId) {
        ProjectBrowser zaisan = signIn(DemoAccount.AKIM_ZAISAN, "/work/project.xhtml?id=" + projectId);
        zaisan.click(By.cssSelector("a[href$='reportsTab']"));
        zaisan.wait.until(ExpectedConditions.textToBePresentInElementLocated(id("tabs:reports"), "Принят"));
        zaisan.click(id("implementationForm:openEvaluation"));
        zaisan.wait.until(ExpectedConditions.visibilityOfElementLocated(id("evaluationForm:lessons")));
        List<WebElement> finals = zaisan.all(By.cssSelector("[id^='evaluationForm:'][id$=':final_input']"));
        assertFalse(finals.isEmpty(), "a final value per indicator");
        List<String> finalIds = finals.stream().map(f -> f.getAttribute("id")).toList();
        for (String finalId : finalIds) {
            zaisan.typeNumber(finalId.substring(0, finalId.length() - "_input".length()), 1500);
        }
        zaisan.typeNumber("evaluationForm:reached", 1420);
        zaisan.type(id("evaluationForm:lessons"), "Собрание жителей до проектирования сэкономило время.");
        zaisan.screenshot("project-15-final-evaluation");
        zaisan.click(id("evaluationForm:sendEvaluation"));
        zaisan.confirm("project-16-final-evaluation-confirm");
        zaisan.waitForMessage("Оценка отправлена");
        zaisan.waitForStatus("На оценке");
        done(zaisan);
    }

    /** A project manager finds the evaluation among her tasks and approves it; returns the history's actions. */
    Set<String> approveEvaluation(long projectId, String title) {
        ProjectBrowser aliya = signIn(DemoAccount.PM_ALIYA, "/work/tasks.xhtml");
        openFromList(aliya, "tasksForm:tasks", title, projectId);
        aliya.waitForStatus("На оценке");
        approve(aliya, "Одобрено");
        aliya.waitForStatus("Закрыт");
        aliya.screenshot("project-17-closed");
        aliya.click(By.cssSelector("a[href$='timelineTab']"));
        Set<String> history = timeline(aliya);
        aliya.screenshot("project-18-history");
        done(aliya);
        return history;
    }

    // ------------------------------------------------------------------------------------------------------

    /** On the open calls, starts a proposal for the demo call; returns the new project's id. */
    private static long startProposal(ProjectBrowser zaisan, String title) {
        WebElement row = rowOf(zaisan, "callsForm:calls", CALL_TITLE);
        zaisan.screenshot("project-01-open-calls");
        zaisan.click(row.findElement(idEndsWith(":start")));
        zaisan.wait.until(ExpectedConditions.visibilityOfElementLocated(id("startDialogForm:title")));
        assertTrue(zaisan.find(By.id("startDialogForm:startQuestion")).getText().contains(CALL_TITLE));
        zaisan.type(id("startDialogForm:title"), title);
        zaisan.click(id("startDialogForm:confirmStart"));
        zaisan.wait.until(d -> d.getCurrentUrl().contains("/mayor/proposal.xhtml?id="));
        zaisan.waitForMessage("Заявка «" + title + "» создана");
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(zaisan.url());
        assertTrue(id.find(), zaisan.url());
        assertEquals(title, zaisan.find(By.id("pageTitle")).getText());
        return Long.parseLong(id.group(1));
    }

    /**
     * Fills every part of the proposal: budget 50 000 000 ₸ in two lines, funded by a grant of 38 000 000 ₸
     * (the call allows 60 000 000) and 12 000 000 ₸ of local money (24 %, the call asks at least 20 %).
     */
    private static void fillCompleteProposal(ProjectBrowser zaisan, String title) {
        LocalDate today = LocalDate.now();
        assertEquals(title, zaisan.find(id("proposalForm:title")).getAttribute("value"), "the title is kept");
        zaisan.type(id("proposalForm:problem"), "Во дворе школы №2 нет места для отдыха семей и игр детей: "
                + "пустырь, разбитые дорожки, нет освещения.");
        zaisan.type(id("proposalForm:solution"), "Благоустроить сквер: дорожки, освещение, скамейки, "
                + "детская площадка, доступная для детей с инвалидностью.");

        zaisan.typeNumber("proposalForm:beneficiaryTotal", 1500);
        zaisan.typeNumber("proposalForm:children", 600);
        zaisan.typeNumber("proposalForm:withDisabilities", 40);
        zaisan.typeNumber("proposalForm:vulnerableFamilies", 120);
        zaisan.type(id("proposalForm:benefit"), "Безопасное освещённое место для прогулок и игр рядом с домом.");

        zaisan.pickDate("proposalForm:consultedOn", today.minusDays(12));
        zaisan.typeNumber("proposalForm:consultedPeople", 86);
        zaisan.type(id("proposalForm:decision"), "Собрание жителей выбрало благоустройство сквера у школы.");
        Path minutes = minutesPdf();
        zaisan.find(id("proposalForm:minutesUpload_input")).sendKeys(minutes.toString());
        zaisan.wait.until(ExpectedConditions.textToBePresentInElementLocated(id("proposalForm:minutesList"),
                minutes.getFileName().toString()));
        zaisan.waitForMessage("приложен");
        zaisan.screenshot("project-02-minutes-attached");

        zaisan.choose("proposalForm:lines:0:category", "Строительные и ремонтные работы");
        zaisan.type(id("proposalForm:lines:0:description"), "Дорожки и покрытие площадки");
        zaisan.typeNumber("proposalForm:lines:0:quantity", 1);
        zaisan.typeNumber("proposalForm:lines:0:unitCost", 40000000);
        zaisan.click(id("proposalForm:addLine"));
        zaisan.find(id("proposalForm:lines:1:description"));
        zaisan.choose("proposalForm:lines:1:category", "Оборудование");
        zaisan.type(id("proposalForm:lines:1:description"), "Скамейки и светильники");
        zaisan.typeNumber("proposalForm:lines:1:quantity", 20);
        zaisan.typeNumber("proposalForm:lines:1:unitCost", 500000);
        zaisan.wait.until(d -> "50000000".equals(digits(d.findElement(By.id("summaryBudget")).getText())));

        // Funding rows: the programme's grant, the district budget, the community, private sponsors.
        zaisan.typeNumber("proposalForm:funding:0:amount", 38000000);
        zaisan.typeNumber("proposalForm:funding:1:amount", 10000000);
        zaisan.typeNumber("proposalForm:funding:2:amount", 2000000);
        zaisan.wait.until(d -> d.findElement(By.id("summaryShare")).getText().startsWith("24 %"));
        zaisan.reveal(zaisan.find(By.id("fundingTitle")));
        zaisan.screenshot("project-02-budget-and-funding");
        assertFalse(zaisan.find(By.id("summaryFunding")).getText().contains("—"),
                "the funding covers the budget: " + zaisan.find(By.id("summaryFunding")).getText());

        zaisan.type(id("proposalForm:steps:0:stepTitle"), "Сквер благоустроен и открыт");
        zaisan.pickDate("proposalForm:steps:0:dueOn", today.plusMonths(4));

        zaisan.type(id("proposalForm:measures:0:indicatorName"), "Жители, пользующиеся сквером");
        zaisan.type(id("proposalForm:measures:0:unit"), "человек");
        zaisan.typeNumber("proposalForm:measures:0:baseline", 0);
        zaisan.typeNumber("proposalForm:measures:0:target", 1500);
    }

    /** A small valid PDF in a temporary file, as the scan of the minutes. */
    private static Path minutesPdf() {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        try {
            Path file = Files.createTempFile("protokol-sobraniya-", ".pdf");
            Files.writeString(file, pdf, StandardCharsets.US_ASCII);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Presses the task's Approve button and waits for the message of the outcome. */
    private static void approve(ProjectBrowser browser, String outcome) {
        browser.click(id("taskForm:approve"));
        browser.waitForMessage(outcome);
    }

    /** The row of a table (on its first page) whose text contains {@code text}. */
    /**
     * The row holding {@code text}, paging through the table: the service tests of the same run leave tasks
     * and projects of their own, so the story's row need not be on the first page.
     */
    private static WebElement rowOf(ProjectBrowser browser, String tableId, String text) {
        return findRow(browser, tableId, text).orElseThrow(() -> new AssertionError("no row with \"" + text
                + "\" in " + tableId + " at " + browser.url() + ":\n" + browser.find(id(tableId)).getText()));
    }

    private static java.util.Optional<WebElement> findRow(ProjectBrowser browser, String tableId, String text) {
        browser.find(id(tableId));
        for (int page = 0; page < 100; page++) {
            List<WebElement> rows = browser.all(By.cssSelector("[id='" + tableId + "'] tbody tr"));
            java.util.Optional<WebElement> found = rows.stream().filter(row -> row.getText().contains(text)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            List<WebElement> next = browser.all(By.cssSelector("[id='" + tableId + "'] .ui-paginator-next"));
            if (rows.isEmpty() || next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                return java.util.Optional.empty();
            }
            WebElement firstRow = rows.get(0);
            browser.click(next.get(0));
            browser.wait.until(ExpectedConditions.stalenessOf(firstRow));
        }
        return java.util.Optional.empty();
    }

    /** Opens the project with {@code title} from a list of projects or tasks; checks it is the right one. */
    private static void openFromList(ProjectBrowser browser, String tableId, String title, long projectId) {
        WebElement row = rowOf(browser, tableId, title);
        browser.click(row.findElement(By.linkText(title)));
        browser.wait.until(d -> d.getCurrentUrl().contains("/work/project.xhtml?id=" + projectId));
        browser.wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), title));
    }

    /**
     * Opens a page the person must not see: it must answer the friendly 403 page, and whatever it answers
     * must not show the project. A wrong answer other than a leak is noted (with a screenshot) and the story
     * goes on; a leak fails at once.
     */
    private void expectRefused(ProjectBrowser browser, String path, String title, String what) {
        browser.open(path);
        assertFalse(browser.mainText().contains(title), what + ": " + path + " shows the project");
        String code = browser.errorCode();
        if (!"403".equals(code)) {
            String shot = "project-failed-refusal-" + (refusals.size() + 1);
            browser.screenshot(shot);
            refusals.add(what + ": " + path + " answered " + (code == null ? "the page itself" : "the " + code
                    + " page") + " instead of the 403 page (" + shot + ".png)");
        }
    }

    private static void assertNotListed(ProjectBrowser browser, String page, String tableId, String title) {
        browser.open(page);
        assertFalse(findRow(browser, tableId, title).isPresent(),
                browser.account.username() + " sees \"" + title + "\" at " + page);
    }

    /** The actions the project's history lists, on all its pages. */
    private static Set<String> timeline(ProjectBrowser browser) {
        Set<String> actions = new LinkedHashSet<>();
        String table = "tabs:timeline";
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(id(table)));
        for (int page = 0; page < 10; page++) {
            List<WebElement> rows = browser.all(By.cssSelector("[id='" + table + "'] tbody tr"));
            rows.forEach(row -> {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                if (cells.size() > 2) {
                    actions.add(cells.get(2).getText().strip());
                }
            });
            List<WebElement> next = browser.all(By.cssSelector("[id='" + table + "'] .ui-paginator-next"));
            if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                break;
            }
            WebElement firstRow = rows.get(0);
            browser.click(next.get(0));
            browser.wait.until(ExpectedConditions.stalenessOf(firstRow));
        }
        return actions;
    }

    /** Only the digits of a text (amounts are grouped with the language's spaces). */
    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
