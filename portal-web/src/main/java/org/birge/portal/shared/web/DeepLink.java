package org.birge.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page a person asked for before they had to sign in, kept in their session so that they land on it
 * afterwards. Only paths inside the portal are kept, never an address elsewhere.
 */
final class DeepLink {

    private static final String ATTRIBUTE = DeepLink.class.getName();
    private static final int MAX_LENGTH = 2000;

    private DeepLink() {
    }

    static void remember(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String link = query == null ? path : path + "?" + query;
        if (isLocal(link)) {
            request.getSession().setAttribute(ATTRIBUTE, link);
        }
    }

    static Optional<String> take(HttpSession session) {
        Object link = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return link instanceof String s && isLocal(s) ? Optional.of(s) : Optional.empty();
    }

    static boolean isLocal(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\")
                && !link.startsWith("/login") && !link.startsWith("/callback") && link.length() <= MAX_LENGTH
                && link.chars().noneMatch(c -> c < 0x20);
    }
}
