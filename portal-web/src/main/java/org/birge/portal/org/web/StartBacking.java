package org.birge.portal.org.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.birge.portal.shared.web.ActiveUser;

/** The public start page; a signed-in person is sent on to the home of their role. */
@Named
@RequestScoped
public class StartBacking {

    @Inject
    private ActiveUser activeUser;

    public void sendSignedInHome() throws IOException {
        if (activeUser.isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + activeUser.getHome());
        }
    }
}
