package org.birge.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.shared.service.PortalException;

/**
 * Where Keycloak sends the browser back. The mechanism has validated the code, state and nonce by the
 * time this runs; here the person is provisioned from their token, the session id is renewed, and the
 * browser goes to the page it first asked for, or to the home of the person's role.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CallbackServlet.class.getName());

    @Inject
    private LoginProvisioner provisioner;

    @Inject
    private ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            // The provider answered with an error: the user cancelled, or the state did not match.
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        boolean provisioned;
        try {
            provisioned = provisioner.provision(request);
        } catch (PortalException refused) {
            LOG.log(Level.WARNING, "Sign-in refused: {0}", refused.getMessageKey());
            provisioned = false;
        }
        if (!provisioned) {
            // No portal role, or an account the portal cannot take as the person it knows: the 403 page
            // asks them to contact the administrator.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.changeSessionId();
        response.sendRedirect(request.getContextPath()
                + DeepLink.take(request.getSession()).orElse(activeUser.getHome()));
    }
}
