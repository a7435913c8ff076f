package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.UUID;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * A resident registers on Keycloak's own page: the realm's password policy refuses a short password, a
 * good one creates the account with the role resident only, and the portal receives them on the
 * residents' home, where they are told that no district is assigned yet. Guessing the password of such
 * an account locks it (brute-force detection): then even the right password is refused for a while.
 */
class RegistrationIT {

    private static HtmlPage registrationForm(PortalClient client) throws IOException {
        HtmlPage login = client.page("/login");
        HtmlAnchor register = login.getAnchors().stream()
                .filter(anchor -> anchor.getHrefAttribute().contains("/login-actions/registration"))
                .findFirst().orElseThrow(() -> new AssertionError("no registration link on the sign-in page"));
        return register.click();
    }

    private static HtmlPage submit(HtmlPage form, String username, String password) throws IOException {
        ((HtmlInput) form.getElementById("username")).setValue(username);
        ((HtmlInput) form.getElementById("email")).setValue(username + "@example.kz");
        ((HtmlInput) form.getElementById("firstName")).setValue("Гульнара");
        ((HtmlInput) form.getElementById("lastName")).setValue("Серикова");
        ((HtmlInput) form.getElementById("password")).setValue(password);
        ((HtmlInput) form.getElementById("password-confirm")).setValue(password);
        HtmlElement send = form.getFirstByXPath("//form[@id='kc-register-form']//*[@type='submit']");
        assertNotNull(send, "the registration form's submit button");
        return send.click();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefused() throws IOException {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Birge-" + UUID.randomUUID();
        try (PortalClient client = new PortalClient()) {
            HtmlPage home = submit(registrationForm(client), username, password);
            assertEquals(TestServers.baseUrl() + "/resident/", home.getUrl().toString(), "the account exists");
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            try (PortalClient guesser = new PortalClient()) {
                PortalClient.Response refused = guesser.login(username, "wrong-" + attempt + "-password", "/login");
                assertTrue(refused.onKeycloakLogin(), "a wrong password stays on the sign-in page");
            }
        }
        try (PortalClient owner = new PortalClient()) {
            PortalClient.Response locked = owner.login(username, password, "/login");
            assertTrue(locked.onKeycloakLogin(), "the locked account is refused even with its password: "
                    + locked.url());
        }
    }

    @Test
    void aShortPasswordIsRefusedByThePolicy() throws IOException {
        try (PortalClient client = new PortalClient()) {
            String username = "r" + UUID.randomUUID().toString().substring(0, 8);
            HtmlPage answer = submit(registrationForm(client), username, "short1");
            assertTrue(answer.getUrl().toString().startsWith(TestServers.keycloakUrl()), answer.getUrl().toString());
            assertTrue(answer.getElementById("kc-register-form") != null, "the form is shown again");
            assertTrue(answer.asNormalizedText().contains("12"), "the policy's minimum length of 12 is named: "
                    + answer.asNormalizedText());
        }
    }

    @Test
    void aNewResidentRegistersAndLandsOnTheResidentsHome() throws IOException {
        try (PortalClient client = new PortalClient()) {
            String username = "r" + UUID.randomUUID().toString().substring(0, 8);
            HtmlPage home = submit(registrationForm(client), username, "Birge-" + UUID.randomUUID());
            assertEquals(TestServers.baseUrl() + "/resident/", home.getUrl().toString(), home.asNormalizedText());
            assertNotNull(home.getElementById("noDistrict"), "a new resident has no district yet");
            // Only the resident role: the other portals stay closed.
            assertEquals(403, client.page("/mayor/").getWebResponse().getStatusCode());
        }
    }
}
