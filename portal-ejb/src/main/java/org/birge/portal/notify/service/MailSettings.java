package org.birge.portal.notify.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.birge.portal.notify.domain.Backoff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's settings from MicroProfile Config. The SMTP server itself is the mail session's
 * ({@code java:app/mail/portal}, see ejb-jar.xml); these say how the portal uses it.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "birge@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The first retry's wait; each further one doubles it, up to six hours. */
    @Inject
    @ConfigProperty(name = "portal.mail.retry-seconds", defaultValue = "60")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** How long a claimed mail may stay SENDING before it is taken for lost (UNCERTAIN). */
    @Inject
    @ConfigProperty(name = "portal.mail.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The domain of the Message-IDs: the sender address's. */
    public String domain() {
        int at = from.lastIndexOf('@');
        String domain = at >= 0 ? from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "") : "";
        return domain.isEmpty() ? "birge.localhost" : domain;
    }

    public Backoff backoff() {
        Duration base = Duration.ofSeconds(Math.max(1, retrySeconds));
        Duration max = Duration.ofHours(6);
        return new Backoff(base, max.compareTo(base) < 0 ? base : max, Math.max(1, maxAttempts));
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(1, leaseSeconds));
    }
}
