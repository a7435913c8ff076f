package org.birge.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.birge.portal.shared.domain.Language;

/** The language switch in the header: Kazakh, Russian, English. */
@Named
@RequestScoped
public class LanguageBacking {

    /** The name of the language form's field that holds the page's own address. */
    public static final String HERE = "here";

    @Inject
    private ActiveUser activeUser;

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /**
     * Switches and shows the same page again, freshly rendered in the new language: the address the page was
     * opened at, with its query (a record's id) and before any forward (such as /verify/CODE), which the
     * switch's form carries as {@link #HERE}; the form's own address lacks both.
     */
    public void choose(String code) throws IOException {
        activeUser.choose(code);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String here = request.getParameter(HERE);
        if (here != null && DeepLink.isLocal(here)) {
            external.redirect(request.getContextPath() + here);
            return;
        }
        String uri = request.getRequestURI();
        external.redirect(DeepLink.isLocal(uri.substring(request.getContextPath().length()))
                ? uri : request.getContextPath() + "/");
    }

    /** The address of the page being rendered, relative to the portal, as the browser asked for it. */
    public String getHere() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        String query = forwarded instanceof String ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        return uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }
}
