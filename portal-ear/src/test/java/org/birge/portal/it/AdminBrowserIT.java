package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator keeps the reference data in a real browser: a form sent half-filled shows a message
 * at each missing field in the user's language and keeps what was typed; a complete one creates the
 * region, which the list then shows; renaming it works the same way.
 */
class AdminBrowserIT {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void signInAsAdmin() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(TestServers.baseUrl() + "/admin/regions.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("regionsForm:newRegion")));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement field(String id) {
        return browser.findElement(By.id("regionDialogForm:" + id));
    }

    @Test
    void aHalfFilledRegionIsRefusedFieldByFieldAndKeptThenSavedWhenComplete() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        browser.findElement(By.id("regionsForm:newRegion")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("regionDialogForm:code")));
        field("code").sendKeys(code);
        field("nameRu").sendKeys("Тестовая область " + code);
        field("save").click();
        // Kazakh and English names are missing: a message at each, in Russian; what was typed stays.
        WebElement kkMessage = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='regionDialogForm:nameKk'] ~ .ui-message")));
        assertEquals("Введите название на казахском языке.", kkMessage.getText().strip());
        assertEquals("Тестовая область " + code, field("nameRu").getAttribute("value"));
        Chromium.screenshot(browser, "admin-region-validation");

        field("nameKk").sendKeys("Сынақ облысы " + code);
        field("nameEn").sendKeys("Test Region " + code);
        field("save").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("regionDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), code));
        Chromium.screenshot(browser, "admin-region-saved");

        browser.get(TestServers.baseUrl() + "/admin/regions.xhtml");
        assertTrue(listed(code), "the new region is listed");
    }

    /** Whether some page of the regions table shows the code, going through the pages. */
    private boolean listed(String code) {
        // The service tests before this one add many regions: page on until the list ends.
        for (int page = 0; page < 300; page++) {
            WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("regionsForm:regions")));
            if (table.getText().contains(code)) {
                return true;
            }
            var next = browser.findElements(By.cssSelector("[id='regionsForm:regions'] .ui-paginator-next"));
            if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                return false;
            }
            WebElement firstRow = browser.findElement(By.cssSelector("[id='regionsForm:regions'] tbody tr"));
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(firstRow));
        }
        return false;
    }
}
