package org.birge.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is and how the portal identifies itself to it, from MicroProfile Config
 * (environment variables such as {@code PORTAL_OIDC_CLIENT_SECRET}). The OpenID Connect mechanism reads
 * these through expressions, so no URL or secret is written in code.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/birge")
    private String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "birge-portal")
    private String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    private String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The discovery document, which answers when the provider is up. */
    public String getDiscoveryUri() {
        return providerUri + "/.well-known/openid-configuration";
    }
}
