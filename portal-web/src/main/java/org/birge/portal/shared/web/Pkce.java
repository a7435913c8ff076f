package org.birge.portal.shared.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Proof Key for Code Exchange (RFC 7636, method S256) for the sign-in: a fresh secret verifier per
 * authorization request, kept in the browser's session under the request's {@code state}, and its hash
 * sent to Keycloak as the challenge. The OpenID Connect mechanism of Payara does not do this itself.
 */
final class Pkce {

    private static final String ATTRIBUTE = Pkce.class.getName();
    private static final int KEPT_PER_SESSION = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Pkce() {
    }

    static String newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Keeps the verifier of the authorization request with this state; a few at most per session. */
    static void remember(HttpSession session, String state, String verifier) {
        synchronized (session) {
            Verifiers verifiers = (Verifiers) session.getAttribute(ATTRIBUTE);
            if (verifiers == null) {
                verifiers = new Verifiers();
            }
            verifiers.put(state, verifier);
            session.setAttribute(ATTRIBUTE, verifiers);
        }
    }

    /** The verifier of the authorization request with this state, once. */
    static String take(HttpSession session, String state) {
        if (session == null || state == null) {
            return null;
        }
        synchronized (session) {
            Verifiers verifiers = (Verifiers) session.getAttribute(ATTRIBUTE);
            if (verifiers == null) {
                return null;
            }
            String verifier = verifiers.remove(state);
            session.setAttribute(ATTRIBUTE, verifiers);
            return verifier;
        }
    }

    /** The newest verifiers of a session by state; older ones (abandoned sign-ins) drop out. */
    static final class Verifiers extends LinkedHashMap<String, String> implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT_PER_SESSION;
        }
    }
}
