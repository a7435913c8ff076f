package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The headers every HTML page carries (quality.md, "Headers"), the friendly 404 page, and the session
 * cookie's flags.
 */
class SecurityHeadersIT {

    private static String headers(WebResponse response, String name) {
        return response.getResponseHeaders().stream().filter(h -> h.getName().equalsIgnoreCase(name))
                .map(h -> h.getValue()).collect(Collectors.joining(" | "));
    }

    @Test
    void publicAndSignedInPagesCarryTheSecurityHeaders() throws IOException {
        try (PortalClient client = new PortalClient()) {
            WebResponse start = client.page("/").getWebResponse();
            client.login(DemoAccount.GOVERNOR_PAVLODAR);
            WebResponse home = client.page("/governor/").getWebResponse();
            for (WebResponse response : List.of(start, home)) {
                assertEquals("nosniff", headers(response, "X-Content-Type-Options"));
                assertEquals("same-origin", headers(response, "Referrer-Policy"));
                String csp = headers(response, "Content-Security-Policy");
                assertTrue(csp.contains("frame-ancestors 'none'"), csp);
                assertTrue(csp.contains("nonce-"), "PrimeFaces' nonce-based script policy: " + csp);
                assertTrue(headers(response, "Cache-Control").contains("no-store"));
            }
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws IOException {
        try (PortalClient client = new PortalClient()) {
            client.login(DemoAccount.PM_DANIYAR);
            HtmlPage home = client.page("/pm/");
            assertEquals(200, home.getWebResponse().getStatusCode());
            String cookies = client.cookieHeaders();
            assertTrue(cookies.contains("JSESSIONID"), cookies);
            assertTrue(cookies.contains("HttpOnly"), cookies);
            assertTrue(cookies.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookies);
        }
    }

    @Test
    void anUnknownPageAnswersTheFriendly404() throws IOException {
        try (PortalClient client = new PortalClient()) {
            HtmlPage page = client.page("/no-such-page.xhtml");
            assertEquals(404, page.getWebResponse().getStatusCode());
            assertEquals("404", page.getElementById("errorPage").getAttribute("data-error"));
            String text = page.asNormalizedText();
            assertTrue(!text.contains("Exception") && !text.contains("at org."), "no stack trace: " + text);
        }
    }
}
