package org.birge.portal.shared.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.birge.portal.shared.service.Readiness;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs before every page: sets the security headers of every response, keeps authenticated pages out of
 * caches, makes sure a signed-in person has their session profile (for a session that got its login
 * some other way than through {@code /callback}), and turns a failure during a database outage into the
 * 503 page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST})
public class PortalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PortalFilter.class.getName());

    @Inject
    private ActiveUser activeUser;

    @Inject
    private LoginProvisioner provisioner;

    @EJB
    private Readiness readiness;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.addHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        }
        try {
            if (request.getUserPrincipal() != null && !activeUser.isSignedIn() && !path.equals("/callback")) {
                provisioner.provision(request);
            }
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            // A failure while the database is down is an outage, not a bug: say so with 503.
            if (response.isCommitted() || readiness.check().database()) {
                throw failure;
            }
            LOG.log(Level.WARNING, "The database does not answer: {0} {1} answered 503",
                    new Object[] {request.getMethod(), path});
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
