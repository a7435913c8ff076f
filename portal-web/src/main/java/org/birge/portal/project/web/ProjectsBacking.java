package org.birge.portal.project.web;

import org.birge.portal.project.service.ProjectsExport;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.ExportSource;
import org.birge.portal.shared.web.ExportableList;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.service.ProjectRow;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.shared.web.PageModel;

/** The projects of the reader's district, region or programme, filtered by status. */
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
        projects = new PageModel<>(page -> projectService.projects(page, status), row -> Long.toString(row.id()));
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
