package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Signing in through the real Keycloak login page (HtmlUnit, no JavaScript): each demo account lands on
 * its own home with its own data and nothing of another district or region; deep links survive the
 * login; signing out ends the Keycloak session too; Keycloak refuses a sign-in without PKCE, so every
 * successful login here went through it.
 */
class LoginIT {

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void eachAccountLandsOnItsOwnHomeWithItsOwnData(DemoAccount account) throws IOException {
        try (PortalClient client = new PortalClient()) {
            PortalClient.Response home = client.login(account);
            assertEquals(200, home.status(), home.text());
            assertEquals(TestServers.baseUrl() + account.home(), home.url());
            assertTrue(home.text().contains(account.ownData()),
                    account.username() + " should see " + account.ownData() + " on " + home.text());
            if (account.foreignData() != null) {
                assertFalse(home.text().contains(account.foreignData()),
                        account.username() + " must not see " + account.foreignData());
            }
        }
    }

    @Test
    void theHeaderNamesTheMayorAndTheirDistrict() throws IOException {
        try (PortalClient client = new PortalClient()) {
            client.login(DemoAccount.AKIM_ZAISAN);
            HtmlPage home = client.page("/mayor/");
            assertEquals("Алмас Ондаканов", home.getElementById("userName").asNormalizedText());
            assertTrue(home.getElementById("userRole").asNormalizedText().contains("Зайсанский район"));
        }
    }

    @Test
    void aDeepLinkAskedForBeforeSigningInIsWhereTheUserLands() throws IOException {
        try (PortalClient client = new PortalClient()) {
            PortalClient.Response landed = client.login("admin", DemoAccount.PASSWORD, "/admin/districts.xhtml");
            assertEquals(TestServers.baseUrl() + "/admin/districts.xhtml", landed.url());
            assertEquals(200, landed.status());
        }
    }

    @Test
    void signingOutEndsThePortalAndTheKeycloakSession() throws IOException {
        try (PortalClient client = new PortalClient(true)) {
            client.login(DemoAccount.GOVERNOR_EAST);
            HtmlPage home = client.page("/governor/");
            HtmlPage afterLogout = ((HtmlElement) home.getElementById("sessionForm:logout")).click();
            assertEquals(TestServers.baseUrl() + "/", afterLogout.getUrl().toString());
            assertTrue(afterLogout.getElementById("startLogin") != null, "the public start page after logout");
            // Without a Keycloak session, a protected page asks for the password again.
            assertTrue(client.get("/governor/").onKeycloakLogin());
        }
    }

    @Test
    void keycloakRefusesTheSignInOfThePortalClientWithoutPkce() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                TestServers.keycloakUrl() + "/realms/birge/protocol/openid-connect/auth?client_id=birge-portal"
                        + "&response_type=code&scope=openid&state=s&redirect_uri="
                        + URLEncoder.encode(TestServers.baseUrl() + "/callback", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        assertEquals(302, answer.statusCode(), answer.body());
        assertTrue(location.startsWith(TestServers.baseUrl() + "/callback?error=invalid_request"), location);
        assertTrue(URLDecoder.decode(location, StandardCharsets.UTF_8).contains("code_challenge"), location);
    }

    @Test
    void theStartPageIsPublicAndOffersSignIn() throws IOException {
        try (PortalClient client = new PortalClient()) {
            HtmlPage start = client.page("/");
            assertTrue(start.getElementById("startLogin") != null);
            assertTrue(start.asNormalizedText().contains("Birge"));
        }
    }
}
