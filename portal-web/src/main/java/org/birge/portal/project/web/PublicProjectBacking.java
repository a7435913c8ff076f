package org.birge.portal.project.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.project.service.ProjectView;
import org.birge.portal.project.service.PublicProjectService;
import org.birge.portal.shared.web.Pages;

/** A published project's public page; anything else answers 404. */
@Named
@ViewScoped
public class PublicProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicProjectService publicProjects;

    private ProjectView project;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        Long id = Pages.idParameter("id");
        if (id != null) {
            project = Pages.load(() -> publicProjects.project(id));
        }
    }

    public ProjectView getProject() {
        return project;
    }
}
