package org.birge.portal.shared.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;
import org.birge.portal.org.domain.Role;

/**
 * Sign-in through Keycloak with the standard Jakarta Security OpenID Connect mechanism: authorization
 * code flow with state, nonce and PKCE (added around the mechanism by {@link SignInGuard}), the realm roles in the {@code groups} claim, the username as the caller
 * name. The provider, client and secret come from {@link OidcSettings}. After the provider returns, the
 * {@code /callback} servlet provisions the user and sends them on (see {@link CallbackServlet}).
 */
@ApplicationScoped
@DeclareRoles({Role.ADMIN_NAME, Role.PROJECT_MANAGER_NAME, Role.GOVERNOR_NAME, Role.MAYOR_NAME, Role.TRAINER_NAME,
        Role.RESIDENT_NAME})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // Tokens are fetched through this server's relay, which adds the PKCE verifier (see SignInGuard).
        providerMetadata = @OpenIdProviderMetadata(tokenEndpoint = "${oidcSettings.tokenRelayUri}"),
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        useNonce = true,
        useSession = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        // Signing out ends the Keycloak session too (end-session endpoint with the id token), then comes back
        // to the public start page.
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class SingleSignOn {
}
