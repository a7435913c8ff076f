package org.birge.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signing out from the header: ends the portal session, then the Keycloak session through the provider's
 * end-session endpoint, which sends the browser back to the public start page.
 */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private OpenIdContext openId;

    @Inject
    private OidcSettings settings;

    @Inject
    private ActiveUser activeUser;

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String idToken = request.getUserPrincipal() == null || openId.getIdentityToken() == null
                ? null : openId.getIdentityToken().getToken();
        String home = baseUrl(request) + "/";
        activeUser.signedOut();
        request.logout();
        external.invalidateSession();
        StringBuilder endSession = new StringBuilder(settings.getEndSessionEndpoint())
                .append("?client_id=").append(encode(settings.getClientId()))
                .append("&post_logout_redirect_uri=").append(encode(home));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(encode(idToken));
        }
        external.redirect(endSession.toString());
        faces.responseComplete();
    }

    static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
