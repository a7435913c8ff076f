package org.birge.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands the PKCE verifier of a sign-in from the browser's callback to the token request that the
 * mechanism makes right after it on the same server: the callback registers the code with its verifier,
 * the token relay takes it once. Entries live a minute at most; Keycloak's codes live shorter.
 */
@ApplicationScoped
public class PkceRelay {

    private static final Duration LIFETIME = Duration.ofMinutes(1);

    private record Entry(String verifier, Instant expires) {
    }

    private final Map<String, Entry> byCode = new ConcurrentHashMap<>();

    void register(String code, String verifier) {
        Instant now = Instant.now();
        byCode.values().removeIf(entry -> entry.expires().isBefore(now));
        byCode.put(code, new Entry(verifier, now.plus(LIFETIME)));
    }

    String take(String code) {
        Entry entry = code == null ? null : byCode.remove(code);
        return entry == null || entry.expires().isBefore(Instant.now()) ? null : entry.verifier();
    }
}
