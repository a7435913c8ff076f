package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does, in a real headless Chromium through the real Keycloak login page: each demo account
 * lands on its home with its own data (a screenshot of each home is saved under target/screenshots), the
 * language switch, signing out, and the 403 page of another role's portal.
 */
class BrowserIT {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(DemoAccount account, String path) {
        browser.get(TestServers.baseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        // Through /callback (which can take a while at the first sign-in) to a page of the portal.
        wait.until(driver -> driver.getCurrentUrl().startsWith(TestServers.baseUrl() + "/")
                && !driver.getCurrentUrl().startsWith(TestServers.baseUrl() + "/callback"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void eachAccountSignsInAndSeesItsOwnHome(DemoAccount account) {
        signIn(account, "/login");
        assertEquals(TestServers.baseUrl() + account.home(), browser.getCurrentUrl());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), account.ownData()));
        String text = browser.findElement(By.tagName("body")).getText();
        if (account.foreignData() != null) {
            assertFalse(text.contains(account.foreignData()), account.username() + " sees " + account.foreignData());
        }
        Chromium.screenshot(browser, "home-" + account.username());
    }

    @Test
    void theInterfaceSwitchesLanguageAndKeepsTheChoiceForTheNextLogin() {
        // The trainer's account, whose texts no other test reads, so a failure here leaves no language behind.
        signIn(DemoAccount.TRAINER_SAULE, "/trainer/");
        clickLanguage("kk");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "Оқыту"));
        assertEquals("kk", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Chromium.screenshot(browser, "home-trainer.saule-kk");
        clickLanguage("en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "Training"));
        Chromium.screenshot(browser, "home-trainer.saule-en");
        // The choice is kept in the profile: after signing out and in again, the portal speaks English.
        browser.findElement(By.id("sessionForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("startLogin")));
        signIn(DemoAccount.TRAINER_SAULE, "/trainer/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "Training"));
        clickLanguage("ru");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "Обучение"));
    }

    @Test
    void theSignInPageSpeaksTheLanguageChosenOnTheStartPage() {
        browser.get(TestServers.baseUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("startLogin")));
        clickLanguage("kk");
        browser.findElement(By.id("startLogin")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertEquals("kk", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Chromium.screenshot(browser, "keycloak-sign-in-kk");
    }

    private void clickLanguage(String code) {
        WebElement before = browser.findElement(By.id("main"));
        browser.findElements(By.cssSelector("#languageForm input[type=submit]")).stream()
                .filter(button -> button.getAttribute("title") != null)
                .filter(button -> button.getAttribute("id").endsWith(":lang"))
                .filter(button -> button.getAttribute("value").equals(shortLabel(code)))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.stalenessOf(before));
    }

    private static String shortLabel(String code) {
        return switch (code) {
            case "kk" -> "ҚАЗ";
            case "ru" -> "РУС";
            default -> "ENG";
        };
    }

    @Test
    void anotherRolesPortalShowsTheFriendly403Page() {
        signIn(DemoAccount.AKIM_TAVRIYA, "/login");
        browser.get(TestServers.baseUrl() + "/admin/");
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorPage")));
        assertEquals("403", error.getAttribute("data-error"));
        Chromium.screenshot(browser, "error-403");
    }

    @Test
    void signingOutReturnsToTheStartPageAndEndsTheKeycloakSession() {
        signIn(DemoAccount.PM_ALIYA, "/login");
        browser.findElement(By.id("sessionForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("startLogin")));
        assertEquals(TestServers.baseUrl() + "/", browser.getCurrentUrl());
        Chromium.screenshot(browser, "start-page");
        browser.get(TestServers.baseUrl() + "/pm/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(browser.getCurrentUrl().startsWith(TestServers.keycloakUrl()));
    }
}
