package org.birge.portal.project.web;

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
public class TasksBacking implements Serializable {

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
}
