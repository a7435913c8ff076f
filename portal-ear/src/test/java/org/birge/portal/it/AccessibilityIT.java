package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The main pages of every role, the public pages and the error pages pass axe-core in real headless Chromium
 * with no serious or critical violation (contrast, names of buttons and fields, labels, table headers,
 * landmarks, ARIA); lesser findings are printed. Each role signs in through the real Keycloak login page.
 */
class AccessibilityIT {

    @BeforeAll
    static void engine() {
        Chromium.requireInstalled();
        Axe.requireInstalled();
    }

    static Stream<DemoAccount> accounts() {
        return MainPages.signedIn().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void theMainPagesOfEachRoleHaveNoSeriousOrCriticalViolation(DemoAccount account) {
        List<String> pages = MainPages.signedIn().get(account);
        try (ProjectBrowser browser = ProjectBrowser.signIn(account, pages.get(0))) {
            assertAccessible(browser, account.username(), pages);
        }
    }

    @Test
    void thePublicAndErrorPagesHaveNoSeriousOrCriticalViolation() {
        List<String> pages = MainPages.anonymous();
        try (ProjectBrowser browser = ProjectBrowser.anonymous(pages.get(0))) {
            assertAccessible(browser, "anonymous", pages);
        }
    }

    @Test
    void theForbiddenPageOfASignedInUserHasNoSeriousOrCriticalViolation() {
        try (ProjectBrowser browser = ProjectBrowser.signIn(DemoAccount.AKIM_ZAISAN, "/mayor/")) {
            browser.open("/admin/districts.xhtml");
            browser.assertErrorPage("403", "a mayor on an admin page");
            assertAccessible(browser, "akim.zaisan", List.of());
        }
    }

    /** Opens each page (none: checks the page shown) and fails with every serious or critical violation found. */
    private static void assertAccessible(ProjectBrowser browser, String who, List<String> pages) {
        List<String> blocking = new ArrayList<>();
        for (String page : pages.isEmpty() ? List.of("") : pages) {
            if (!page.isEmpty()) {
                browser.open(page);
            }
            String where = who + " " + (page.isEmpty() ? browser.url() : page);
            if (!page.isEmpty() && browser.errorCode() != null && !MainPages.isErrorPage(page)) {
                blocking.add(where + ": the error page " + browser.errorCode() + " instead of the page");
            }
            for (Axe.Violation violation : Axe.run(browser.driver)) {
                if (violation.blocking()) {
                    blocking.add(where + ": " + violation);
                } else {
                    System.out.println("axe, " + where + ": " + violation);
                }
            }
        }
        assertTrue(blocking.isEmpty(), "Serious or critical accessibility violations:\n  " + String.join("\n  ", blocking));
    }
}
