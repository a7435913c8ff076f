package org.birge.portal.project.web;

import org.birge.portal.project.service.TasksExport;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.ExportSource;
import org.birge.portal.shared.web.ExportableList;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.project.service.TaskRow;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.web.PageModel;

/** "My tasks": what the signed-in person can act on, across projects, the earliest due first. */
@Named
@ViewScoped
public class TasksBacking implements Serializable, ExportableList {

    private static final long serialVersionUID = 1L;

    @EJB
    private WorkflowService workflow;

    private PageModel<TaskRow> tasks;

    @PostConstruct
    void load() {
        tasks = new PageModel<>(page -> workflow.myTasks(page), row -> Long.toString(row.id()));
    }

    public PageModel<TaskRow> getTasks() {
        return tasks;
    }

    @Override
    public ExportSource export(ExportFormat format, ExportLabels labels) {
        return new TasksExport(workflow, format, labels, tasks.sortField(), tasks.ascending());
    }
}
