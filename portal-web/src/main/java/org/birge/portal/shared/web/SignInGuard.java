package org.birge.portal.shared.web;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wraps the OpenID Connect mechanism with what it does not do itself: PKCE (a challenge on the way to
 * Keycloak, the verifier handed to the token relay on the way back), remembering the page a person asked
 * for before they are sent to sign in (the mechanism's own way fails, see stack.md), and a clear
 * "sign-in unavailable" page when Keycloak cannot be reached instead of an error.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInGuard implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());
    static final String UNAVAILABLE_PAGE = "/error/signin-unavailable.xhtml";

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Inject
    private OidcSettings settings;

    @Inject
    private PkceRelay relay;

    @Inject
    private ActiveUser activeUser;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        boolean signingIn = context.isProtected() && request.getUserPrincipal() == null;
        if (signingIn && "GET".equals(request.getMethod())) {
            DeepLink.remember(request);
        }
        HttpServletResponse towardsProvider = response;
        if (isCallback(request)) {
            String verifier = Pkce.take(request.getSession(false), request.getParameter("state"));
            if (verifier != null && request.getParameter("code") != null) {
                relay.register(request.getParameter("code"), verifier);
            }
        } else if (signingIn) {
            if (!settings.isProviderReachable()) {
                return unavailable(response, context, "no answer from " + settings.getDiscoveryUri());
            }
            towardsProvider = new PkceChallengeResponse(request, response, settings.getProviderUri(),
                    activeUser.getLanguage().code());
        }
        try {
            return delegate.validateRequest(request, towardsProvider, context);
        } catch (RuntimeException | AuthenticationException e) {
            if (!providerUnreachable(e)) {
                throw e;
            }
            return unavailable(response, context, e.toString());
        }
    }

    private static AuthenticationStatus unavailable(HttpServletResponse response, HttpMessageContext context,
                                                    String why) {
        LOG.log(Level.WARNING, "The identity provider cannot be reached: {0}", why);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return context.forward(UNAVAILABLE_PAGE);
    }

    private static boolean isCallback(HttpServletRequest request) {
        return "/callback".equals(request.getServletPath()) && request.getParameter("state") != null;
    }

    static boolean providerUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Connection refused, unknown host and time-outs are all IOExceptions; the JAX-RS client the
            // mechanism uses wraps them in a ProcessingException.
            if (t instanceof IOException || t.getClass().getName().equals("jakarta.ws.rs.ProcessingException")) {
                return true;
            }
        }
        return false;
    }
}
