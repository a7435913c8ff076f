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
 * Wraps the OpenID Connect mechanism with two things it does not do itself: it remembers the page a
 * person asked for before they are sent to sign in (the mechanism's own way fails, see stack.md), and it
 * shows a clear "sign-in unavailable" page when Keycloak cannot be reached instead of an error.
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

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        boolean signingIn = context.isProtected() && request.getUserPrincipal() == null;
        if (signingIn && "GET".equals(request.getMethod())) {
            DeepLink.remember(request);
        }
        try {
            return delegate.validateRequest(request, response, context);
        } catch (RuntimeException | AuthenticationException e) {
            if (!providerUnreachable(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "The identity provider cannot be reached: {0}", e.toString());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return context.forward(UNAVAILABLE_PAGE);
        }
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
