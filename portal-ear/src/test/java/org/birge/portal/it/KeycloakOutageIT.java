package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * With Keycloak gone, signing in shows the portal's own "sign-in unavailable" page (503) instead of a
 * connection error. It stops the test Keycloak, so the build runs it after every other integration test
 * (a failsafe execution of its own); the servers are stopped after it anyway.
 */
class KeycloakOutageIT {

    @Test
    void whenKeycloakIsDownSigningInShowsTheSignInUnavailablePage() throws Exception {
        Path pidFile = Path.of(System.getProperty("it.home", "../.birge/it"), "run", "keycloak.pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle keycloak = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("Keycloak is not running"));
        keycloak.destroy();
        keycloak.onExit().get();
        waitUntilKeycloakRefuses();
        try (PortalClient client = new PortalClient()) {
            for (String path : new String[] {"/login", "/mayor/", "/admin/regions.xhtml"}) {
                HtmlPage page = client.page(path);
                assertEquals(503, page.getWebResponse().getStatusCode(), path);
                assertEquals("503", page.getElementById("errorPage").getAttribute("data-error"), path);
                assertTrue(page.asNormalizedText().contains("Вход временно недоступен"), page.asNormalizedText());
            }
            // The public start page does not need Keycloak.
            assertEquals(200, client.page("/").getWebResponse().getStatusCode());
        }
    }

    private static void waitUntilKeycloakRefuses() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(TestServers.keycloakUrl() + "/realms/birge")).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException refused) {
                // The portal checks Keycloak at most every few seconds: let its last answer expire.
                Thread.sleep(6_000);
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Keycloak still answers 30 s after it was stopped");
    }
}
