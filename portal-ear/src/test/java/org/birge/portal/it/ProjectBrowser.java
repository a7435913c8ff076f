package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at one headless Chromium, signed in through the real Keycloak login page, with what the
 * project browser tests do on the pages: open a page, type into PrimeFaces inputs (text, numbers, dates)
 * as a person does, press buttons and wait until PrimeFaces' ajax request and its update are done.
 */
final class ProjectBrowser implements AutoCloseable {

    /** JavaScript: no PrimeFaces or jQuery request is running or queued. */
    private static final String AJAX_IDLE = "return (!window.jQuery || jQuery.active === 0)"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue"
            + " || PrimeFaces.ajax.Queue.isEmpty());";

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    final DemoAccount account;
    final ChromeDriver driver;
    final WebDriverWait wait;

    private ProjectBrowser(DemoAccount account) {
        this.account = account;
        this.driver = Chromium.start();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A fresh browser in which {@code account} asks for {@code path} and signs in on Keycloak's page. */
    static ProjectBrowser signIn(DemoAccount account, String path) {
        ProjectBrowser browser = new ProjectBrowser(account);
        try {
            ChromeDriver driver = browser.driver;
            driver.get(TestServers.baseUrl() + path);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            driver.findElement(By.id("username")).sendKeys(account.username());
            driver.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
            driver.findElement(By.id("kc-login")).click();
            // Through /callback back to the page asked for (the deep link survives the login).
            browser.wait.until(d -> d.getCurrentUrl().startsWith(TestServers.baseUrl() + "/")
                    && !d.getCurrentUrl().startsWith(TestServers.baseUrl() + "/callback"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** A fresh browser of someone not signed in, at {@code path}. */
    static ProjectBrowser anonymous(String path) {
        ProjectBrowser browser = new ProjectBrowser(null);
        try {
            browser.open(path);
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** Opens a page of the portal and waits for its content. */
    void open(String path) {
        driver.get(TestServers.baseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        waitForAjax();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The HTTP error page's code (data-error of #errorPage), or null when the page is no error page. */
    String errorCode() {
        List<WebElement> error = driver.findElements(By.id("errorPage"));
        return error.isEmpty() ? null : error.get(0).getAttribute("data-error");
    }

    void assertErrorPage(String code, String what) {
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorPage")));
        assertEquals(code, error.getAttribute("data-error"), what);
    }

    /** The text the page shows in its main part. */
    String mainText() {
        return driver.findElement(By.id("main")).getText();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    static By id(String clientId) {
        return By.cssSelector("[id='" + clientId + "']");
    }

    static By idEndsWith(String suffix) {
        return By.cssSelector("[id$='" + suffix + "']");
    }

    /** Brings an element to the middle of the window, away from sticky headers and action bars. */
    WebElement reveal(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** Clicks what {@code by} finds once it can be clicked, then waits for the ajax request it starts. */
    void click(By by) {
        WebElement element = reveal(find(by));
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        waitForAjax();
    }

    void click(WebElement element) {
        reveal(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        waitForAjax();
    }

    /** Types into a text input or text area, after what it held, and leaves it. */
    void type(By by, String text) {
        WebElement field = reveal(wait.until(ExpectedConditions.visibilityOfElementLocated(by)));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        waitForAjax();
    }

    /**
     * Types a number into a PrimeFaces inputNumber (its visible input is {@code <id>_input}) and leaves it,
     * which fires the input's change (and its ajax update, if any).
     */
    void typeNumber(String clientId, Object number) {
        type(id(clientId + "_input"), String.valueOf(number));
    }

    /**
     * Picks a day in a PrimeFaces datePicker's calendar, as a person does: opens it with the button beside
     * the field, goes to the month and clicks the day; the field then shows the date as dd.MM.yyyy.
     * (Typing into the field is no use: once the calendar has opened, the keyboard focus moves into it and
     * the keys typed are lost.)
     */
    void pickDate(String clientId, LocalDate day) {
        String panel = "[id='" + clientId + "_panel']";
        // Reaching the field with the keyboard opens the calendar already; the button would close it again.
        // Wait until an opening or closing calendar has settled, then open it if it is closed.
        wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(panel));
            String state = found.isEmpty() ? "" : found.get(0).getAttribute("class");
            return !state.contains("-active");
        });
        if (!isOpen(panel)) {
            click(By.cssSelector("[id='" + clientId + "'] .ui-datepicker-trigger"));
        }
        wait.until(d -> isOpen(panel));
        String wanted = day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN) + " " + day.getYear();
        for (int step = 0; step < 36; step++) {
            String shown = driver.findElement(By.cssSelector(panel + " .ui-datepicker-title"))
                    .getAttribute("textContent").replace('\u00a0', ' ').strip();
            if (shown.equalsIgnoreCase(wanted)) {
                break;
            }
            YearMonth at = YearMonth.of(Integer.parseInt(shown.replaceAll("\\D", "")), monthOf(shown));
            clickRedrawn(By.cssSelector(panel + (at.isBefore(YearMonth.from(day)) ? " .ui-datepicker-next"
                    : " .ui-datepicker-prev")));
            wait.until(d -> !d.findElement(By.cssSelector(panel + " .ui-datepicker-title"))
                    .getAttribute("textContent").replace('\u00a0', ' ').strip().equals(shown));
        }
        clickRedrawn(By.xpath("//*[@id='" + clientId + "_panel']//td[not(contains(@class,"
                + " 'ui-datepicker-other-month'))]/a[normalize-space(.)='" + day.getDayOfMonth() + "']"));
        wait.until(ExpectedConditions.attributeToBe(id(clientId + "_input"), "value", DAY.format(day)));
        // The calendar stays open over the next fields after a day is picked (Escape does not close it
        // either): click outside it, on the heading of the section, as a person does.
        WebElement heading = driver.findElement(id(clientId)).findElement(By.xpath("ancestor::section[1]//h2"));
        reveal(heading).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(panel)));
        assertEquals(DAY.format(day), driver.findElement(id(clientId + "_input")).getAttribute("value"),
                "the date picked in " + clientId);
    }

    /** Clicks an element of a widget that redraws itself while it is used (a calendar), finding it anew. */
    private void clickRedrawn(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
        waitForAjax();
    }

    /** Whether the overlay is shown and done with its opening animation. */
    private boolean isOpen(String panel) {
        List<WebElement> found = driver.findElements(By.cssSelector(panel));
        return !found.isEmpty() && found.get(0).isDisplayed()
                && found.get(0).getAttribute("class").contains("ui-connected-overlay-enter-done");
    }

    private static Month monthOf(String title) {
        for (Month month : Month.values()) {
            if (title.toLowerCase(RUSSIAN).startsWith(month.getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN)
                    .toLowerCase(RUSSIAN))) {
                return month;
            }
        }
        throw new AssertionError("not a month: " + title);
    }

    /**
     * Chooses the item labelled {@code label} of a PrimeFaces selectOneMenu: opens it with its arrow and
     * clicks the item, until the menu's (hidden) select holds that choice.
     */
    void choose(String clientId, String label) {
        By item = By.cssSelector("[id='" + clientId + "_panel'] li[data-label='" + label + "']");
        By chosen = By.cssSelector("[id='" + clientId + "_input'] option:checked");
        WebDriverWait shortly = new WebDriverWait(driver, Duration.ofSeconds(3));
        for (int attempt = 1; ; attempt++) {
            try {
                click(By.cssSelector("[id='" + clientId + "'] .ui-selectonemenu-trigger"));
                click(shortly.until(ExpectedConditions.visibilityOfElementLocated(item)));
                shortly.until(d -> label.equals(d.findElement(chosen).getAttribute("textContent").strip()));
                return;
            } catch (org.openqa.selenium.TimeoutException | StaleElementReferenceException e) {
                if (attempt == 3) {
                    screenshot("project-failed-menu");
                    throw new AssertionError("could not choose " + label + " in the menu " + clientId, e);
                }
            }
        }
    }

    /** Answers yes in the PrimeFaces confirmation dialog that is open (p:confirm), and waits for what follows. */
    void confirm(String screenshot) {
        WebElement yes = wait.until(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        waitForAjax();
        if (screenshot != null) {
            screenshot(screenshot);
        }
        click(yes);
    }

    /** Waits until PrimeFaces has no request running and the document is loaded. */
    void waitForAjax() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AJAX_IDLE)));
    }

    /** Waits until the page's messages (the layout's #messages) show {@code text}. */
    void waitForMessage(String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected the message \"" + text + "\" at " + url() + "; the messages say: \""
                    + messages() + "\"" + (errorCode() == null ? "" : "; the page is the " + errorCode()
                    + " error page") + "; the page says:\n" + mainText(), e);
        }
    }

    String messages() {
        List<WebElement> messages = driver.findElements(By.id("messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    /** Waits until the project page's status tag reads {@code status}. */
    void waitForStatus(String status) {
        try {
            wait.until(ExpectedConditions.textToBe(By.id("projectStatus"), status));
        } catch (org.openqa.selenium.TimeoutException e) {
            List<WebElement> tag = driver.findElements(By.id("projectStatus"));
            throw new AssertionError("expected the status \"" + status + "\" at " + url() + ", found \""
                    + (tag.isEmpty() ? "(no #projectStatus)" : tag.get(0).getText()) + "\"; messages: \""
                    + messages() + "\"", e);
        }
    }

    void screenshot(String name) {
        Chromium.screenshot(driver, name);
    }

    /** Signs out with the header's button; the start page follows. */
    void signOut() {
        click(By.id("sessionForm:logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("startLogin")));
        assertTrue(url().startsWith(TestServers.baseUrl() + "/"), "signed out to the start page: " + url());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
