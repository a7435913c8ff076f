package org.birge.portal.project.web;

import org.birge.portal.project.service.ProjectsExport;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.ExportSource;
import org.birge.portal.shared.web.ExportableList;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.service.ProjectRow;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.shared.web.PageModel;

/**
 * The projects of the reader's district, region or programme, filtered by status (the first view takes it from
 * the query string, so that a dashboard's figure opens the list it counts).
 */
@Named
@ViewScoped
public class ProjectsBacking implements Serializable, ExportableList {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectService projectService;

    private ProjectStatus status;
    private PageModel<ProjectRow> projects;

    @PostConstruct
    void load() {
        status = requestedStatus();
        projects = new PageModel<>(page -> projectService.projects(page, status), row -> Long.toString(row.id()));
    }

    /** The status the page was opened with ({@code ?status=IN_IMPLEMENTATION}, as the dashboards link), if any. */
    private static ProjectStatus requestedStatus() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("status");
        return Arrays.stream(ProjectStatus.values()).filter(s -> s.name().equals(requested)).findFirst()
                .orElse(null);
    }

    public void filter() {
        projects.refresh();
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public PageModel<ProjectRow> getProjects() {
        return projects;
    }

    @Override
    public ExportSource export(ExportFormat format, ExportLabels labels) {
        return new ProjectsExport(projectService, status, format, labels, projects.sortField(), projects.ascending());
    }
}
