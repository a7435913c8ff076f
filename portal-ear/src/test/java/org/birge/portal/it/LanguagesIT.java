package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Kazakh, Russian and English everywhere, in real headless Chromium: every main page of every role, the
 * public pages and the error pages, switched to each language with the header's switch, declare the language
 * on their html element, show the layout's texts of that language and no raw key (???key???, #{...} or a
 * dotted key as a text), and write dates as dd.MM.yyyy and amounts in tenge grouped. Keycloak's sign-in and registration pages follow the portal's language (the
 * portal sends it as ui_locales) and are complete in Kazakh with the realm's theme. A signed-in person's
 * choice is kept in their profile and holds at their next sign-in. Every person is set back to Russian, the
 * language the other browser tests expect.
 */
class LanguagesIT {

    private static final List<String> LANGUAGES = List.of("kk", "en", "ru");
    private static final Map<String, Properties> BUNDLES = new java.util.HashMap<>();

    @BeforeAll
    static void bundles() {
        Chromium.requireInstalled();
        Path i18n = TestServers.webapp().resolveSibling("resources").resolve("org/birge/portal/i18n");
        for (String language : LANGUAGES) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(i18n.resolve("messages_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BUNDLES.put(language, properties);
        }
    }

    private static String text(String language, String key) {
        return BUNDLES.get(language).getProperty(key);
    }

    static Stream<DemoAccount> accounts() {
        return MainPages.signedIn().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void theMainPagesOfEachRoleAreCompleteInEachLanguage(DemoAccount account) {
        List<String> pages = MainPages.signedIn().get(account);
        try (ProjectBrowser browser = ProjectBrowser.signIn(account, pages.get(0))) {
            try {
                assertComplete(browser, account.username(), pages);
            } finally {
                choose(browser, "ru");
            }
        }
    }

    @Test
    void thePublicAndErrorPagesAreCompleteInEachLanguage() {
        List<String> pages = MainPages.anonymous();
        try (ProjectBrowser browser = ProjectBrowser.anonymous(pages.get(0))) {
            assertComplete(browser, "anonymous", pages);
        }
    }

    private static void assertComplete(ProjectBrowser browser, String who, List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            choose(browser, language);
            for (String page : pages) {
                browser.open(page);
                String where = who + " " + language + " " + page;
                if (browser.errorCode() != null && !MainPages.isErrorPage(page)) {
                    problems.add(where + ": the error page " + browser.errorCode() + " instead of the page");
                }
                String declared = PageTexts.language(browser.driver);
                if (!language.equals(declared)) {
                    problems.add(where + ": <html lang=\"" + declared + "\">");
                }
                String footer = browser.driver.findElement(By.cssSelector("footer")).getText().strip();
                if (!footer.equals(text(language, "layout.footer"))) {
                    problems.add(where + ": the footer is not in the page's language: " + footer);
                }
                PageTexts.unresolved(browser.driver).forEach(raw -> problems.add(where + ": " + raw));
                PageTexts.misformatted(browser.driver).forEach(text -> problems.add(where + ": " + text));
            }
            browser.screenshot("languages-" + who.replace('.', '-') + "-" + language);
        }
        assertTrue(problems.isEmpty(), "Pages not complete in their language:\n  " + String.join("\n  ", problems));
    }

    /** Presses the header's button of the language and waits for the page to come back in it. */
    static void choose(ProjectBrowser browser, String language) {
        if (language.equals(PageTexts.language(browser.driver))) {
            return;
        }
        String label = text("en", "language.short." + language);
        browser.click(By.cssSelector("#languageForm input[value='" + label + "']"));
        browser.wait.until(d -> language.equals(PageTexts.language(d)));
        browser.find(By.id("main"));
    }

    @Test
    void keycloaksSignInAndRegistrationPagesSpeakKazakh() {
        try (ProjectBrowser browser = ProjectBrowser.anonymous("/")) {
            choose(browser, "kk");
            browser.driver.findElement(By.cssSelector("#login a, a#login")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            assertKazakhKeycloakPage(browser, "the sign-in page");
            assertEquals("Есептік жазбаға кіру", browser.driver.findElement(By.id("kc-page-title")).getText().strip());
            assertEquals("Тіл", browser.driver.findElement(By.id("login-select-toggle")).getAttribute("aria-label"),
                    "the language switch is named by the Birge theme");
            browser.screenshot("keycloak-login-kk");

            browser.driver.findElement(By.id("username")).sendKeys("nobody.here");
            browser.driver.findElement(By.id("password")).sendKeys("not the password");
            browser.driver.findElement(By.id("kc-login")).click();
            browser.wait.until(d -> d.getPageSource().contains("Қате пайдаланушы аты немесе құпия сөз."));
            assertKazakhKeycloakPage(browser, "the failed sign-in");
            browser.screenshot("keycloak-login-failed-kk");

            browser.driver.findElement(By.cssSelector("#kc-registration a")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("firstName")));
            assertKazakhKeycloakPage(browser, "the registration page");
            assertEquals("Тіркелу", browser.driver.findElement(By.id("kc-page-title")).getText().strip());
            String form = browser.driver.findElement(By.id("kc-register-form")).getText();
            for (String label : List.of("Пайдаланушы аты", "Құпия сөз", "Құпия сөзді растау", "Аты", "Тегі")) {
                assertTrue(form.contains(label), "the registration form names " + label + ": " + form);
            }
            browser.screenshot("keycloak-register-kk");
        }
    }

    private static void assertKazakhKeycloakPage(ProjectBrowser browser, String what) {
        assertEquals("kk", PageTexts.language(browser.driver), what + " declares Kazakh");
        assertEquals(List.of(), PageTexts.unresolved(browser.driver), what + " shows no raw key");
        String shown = browser.driver.findElement(By.tagName("body")).getText();
        for (String english : List.of("Sign in", "Username", "Password", "Register", "First name", "Last name",
                "Back to Login", "Invalid username")) {
            assertFalse(shown.contains(english), what + " shows English: " + english + "\n" + shown);
        }
    }

    @Test
    void aLanguageChosenBeforeSigningInReachesKeycloakAndIsKeptForTheNextSignIn() {
        DemoAccount account = DemoAccount.AKIM_EKIBASTUZ;
        try {
            try (ProjectBrowser browser = ProjectBrowser.anonymous("/")) {
                choose(browser, "kk");
                browser.driver.findElement(By.cssSelector("#login a, a#login")).click();
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
                assertEquals("kk", PageTexts.language(browser.driver), "Keycloak speaks the portal's language");
                browser.driver.findElement(By.id("username")).sendKeys(account.username());
                browser.driver.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
                browser.driver.findElement(By.id("kc-login")).click();
                browser.wait.until(d -> d.getCurrentUrl().startsWith(TestServers.baseUrl() + account.home()));
                browser.find(By.id("main"));
                assertEquals("kk", PageTexts.language(browser.driver), "signed in, the portal stays in Kazakh");
                assertEquals(text("kk", "layout.logout"), browser.find(By.id("sessionForm:logout")).getText().strip());
                browser.signOut();
            }
            // A new browser, nothing remembered but the profile: the portal speaks Kazakh after signing in.
            try (ProjectBrowser again = ProjectBrowser.signIn(account, account.home())) {
                assertEquals("kk", PageTexts.language(again.driver), "the profile's language after a new sign-in");
                assertEquals(text("kk", "layout.footer"), again.driver.findElement(By.cssSelector("footer")).getText().strip());
                choose(again, "en");
                again.signOut();
            }
            try (ProjectBrowser third = ProjectBrowser.signIn(account, account.home())) {
                assertEquals("en", PageTexts.language(third.driver), "the language changed while signed in is kept too");
                choose(third, "ru");
            }
        } finally {
            try (ProjectBrowser reset = ProjectBrowser.signIn(account, account.home())) {
                choose(reset, "ru");
            }
        }
    }
}
