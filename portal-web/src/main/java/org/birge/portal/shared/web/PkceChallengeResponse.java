package org.birge.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The response the OpenID Connect mechanism redirects through: a redirect to Keycloak's authorization
 * endpoint gets a PKCE challenge, whose verifier the session keeps under the request's state, and the
 * portal's language for Keycloak's sign-in and registration pages.
 */
final class PkceChallengeResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final String providerUri;
    private final String uiLocale;

    /** {@code uiLocale}: the portal's language, so Keycloak's pages speak it too; null to leave it out. */
    PkceChallengeResponse(HttpServletRequest request, HttpServletResponse response, String providerUri,
                          String uiLocale) {
        super(response);
        this.request = request;
        this.providerUri = providerUri;
        this.uiLocale = uiLocale;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        super.sendRedirect(withChallenge(location));
    }

    private String withChallenge(String location) {
        if (!location.startsWith(providerUri + "/") || location.contains("code_challenge=")) {
            return location;
        }
        String state = queryParameter(location, "state");
        if (state == null || !"code".equals(queryParameter(location, "response_type"))) {
            return location;
        }
        String verifier = Pkce.newVerifier();
        Pkce.remember(request.getSession(), state, verifier);
        return location + (location.contains("?") ? "&" : "?") + "code_challenge="
                + URLEncoder.encode(Pkce.challenge(verifier), StandardCharsets.US_ASCII)
                + "&code_challenge_method=S256"
                + (uiLocale == null ? "" : "&ui_locales=" + URLEncoder.encode(uiLocale, StandardCharsets.US_ASCII));
    }

    static String queryParameter(String location, String name) {
        String query = URI.create(location).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
