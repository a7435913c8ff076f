package org.birge.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signing out from the header: ends the portal session; the OpenID Connect mechanism then sends the
 * browser to Keycloak's end-session endpoint, which ends the Keycloak session and returns to the public
 * start page (see the logout definition on {@link SingleSignOn}).
 */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private ActiveUser activeUser;

    public void logout() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        activeUser.signedOut();
        ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        faces.responseComplete();
    }
}
