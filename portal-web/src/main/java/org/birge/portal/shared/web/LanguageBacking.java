package org.birge.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.birge.portal.shared.domain.Language;

/** The language switch in the header: Kazakh, Russian, English. */
@Named
@RequestScoped
public class LanguageBacking {

    @Inject
    private ActiveUser activeUser;

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** Switches and shows the same page again, freshly rendered in the new language. */
    public void choose(String code) throws IOException {
        activeUser.choose(code);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String uri = request.getRequestURI();
        external.redirect(DeepLink.isLocal(uri.substring(request.getContextPath().length()))
                ? uri : request.getContextPath() + "/");
    }
}
