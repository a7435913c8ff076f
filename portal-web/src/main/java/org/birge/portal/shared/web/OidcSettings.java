package org.birge.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
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

    @Inject
    @ConfigProperty(name = "portal.oidc.token-relay-uri")
    private Optional<String> tokenRelayUri;

    @Inject
    private HttpServletRequest request;

    private volatile String providerTokenEndpoint;

    /** When the provider was last found reachable or not, so a burst of sign-ins asks once. */
    private record Reachability(boolean reachable, long checkedAtMillis) {
    }

    private static final long REACHABILITY_TTL_MILLIS = 5_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Reachability reachability = new Reachability(false, 0);

    /** The discovery document, which answers when the provider is up. */
    public String getDiscoveryUri() {
        return providerUri + "/.well-known/openid-configuration";
    }

    /**
     * The token endpoint the mechanism posts to: this server's own {@link TokenRelayServlet}, which adds
     * the PKCE verifier. By default reached over loopback on the port that received the sign-in, so the
     * relay runs in the instance that holds the verifier.
     */
    public String getTokenRelayUri() {
        return tokenRelayUri.orElseGet(() -> "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath()
                + "/oidc/token");
    }

    /**
     * Whether Keycloak answers its discovery document right now (checked at most every few seconds).
     * The mechanism keeps the provider's addresses once it has them, so without this check a person would
     * be sent to a Keycloak that is down and see the browser's own connection error.
     */
    public boolean isProviderReachable() {
        Reachability known = reachability;
        long now = System.currentTimeMillis();
        if (now - known.checkedAtMillis() < REACHABILITY_TTL_MILLIS) {
            return known.reachable();
        }
        boolean reachable;
        try {
            HttpResponse<Void> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(getDiscoveryUri())).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            reachable = answer.statusCode() == 200;
        } catch (IOException e) {
            reachable = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reachable = false;
        }
        reachability = new Reachability(reachable, now);
        return reachable;
    }

    /** Keycloak's own token endpoint, from its discovery document. */
    public String getProviderTokenEndpoint() throws IOException {
        String endpoint = providerTokenEndpoint;
        if (endpoint == null) {
            try {
                HttpResponse<String> discovery = HTTP.send(
                        HttpRequest.newBuilder(URI.create(getDiscoveryUri())).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                try (JsonReader reader = Json.createReader(new StringReader(discovery.body()))) {
                    endpoint = reader.readObject().getString("token_endpoint");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while reading the provider's discovery document", e);
            } catch (RuntimeException e) {
                throw new IOException("The provider's discovery document has no token endpoint", e);
            }
            providerTokenEndpoint = endpoint;
        }
        return endpoint;
    }
}
