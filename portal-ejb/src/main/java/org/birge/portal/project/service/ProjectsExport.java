package org.birge.portal.project.service;

import java.util.List;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.export.ExportColumn;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.TableExport;

/** The projects list (of the reader's district, region or programme) as filtered by status and sorted. */
public class ProjectsExport extends TableExport<ProjectRow> {

    private final ProjectService projects;
    private final ProjectStatus status;

    public ProjectsExport(ProjectService projects, ProjectStatus status, ExportFormat format, ExportLabels labels,
                          String sortField, boolean ascending) {
        super(format, labels, sortField, ascending);
        this.projects = projects;
        this.status = status;
    }

    @Override
    public String kind() {
        return "projects";
    }

    @Override
    public String describe() {
        return status == null ? "" : "status=" + status;
    }

    @Override
    protected String titleKey() {
        return "project.list.title";
    }

    @Override
    protected Page<ProjectRow> page(PageRequest request) {
        return projects.projects(request, status);
    }

    @Override
    protected List<ExportColumn<ProjectRow>> columns() {
        return List.of(
                ExportColumn.number("export.column.id", ProjectRow::id),
                ExportColumn.text("project.project", 40, ProjectRow::title),
                ExportColumn.text("org.district", 20, r -> r.district(labels().language())),
                ExportColumn.text("org.status", 18, r -> text("project.status.", r.status())),
                ExportColumn.text("export.column.step", 28, r -> text("project.step.", r.stepCode())),
                ExportColumn.text("project.call", 30, ProjectRow::callTitle),
                ExportColumn.amount("project.totalCost", ProjectRow::totalCost),
                ExportColumn.amount("project.grantRequested", ProjectRow::grantRequested),
                ExportColumn.amount("project.grantApproved", ProjectRow::grantApproved),
                ExportColumn.dateTime("project.modified", ProjectRow::modifiedAt));
    }
}
