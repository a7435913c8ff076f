package org.birge.portal.project.service;

import java.util.List;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.export.ExportColumn;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.TableExport;

/** The reader's open tasks, as "my tasks" lists them. */
public class TasksExport extends TableExport<TaskRow> {

    private final WorkflowService workflow;

    public TasksExport(WorkflowService workflow, ExportFormat format, ExportLabels labels, String sortField,
                       boolean ascending) {
        super(format, labels, sortField, ascending);
        this.workflow = workflow;
    }

    @Override
    public String kind() {
        return "tasks";
    }

    @Override
    protected String titleKey() {
        return "task.list.title";
    }

    @Override
    protected Page<TaskRow> page(PageRequest request) {
        return workflow.myTasks(request);
    }

    @Override
    protected List<ExportColumn<TaskRow>> columns() {
        return List.of(
                ExportColumn.text("task.what", 34, r -> text("project.step.", r.stepCode())),
                ExportColumn.text("project.project", 40, TaskRow::projectTitle),
                ExportColumn.text("org.district", 20, r -> r.district(labels().language())),
                ExportColumn.date("task.opened", TaskRow::openedOn),
                ExportColumn.date("task.due", TaskRow::dueOn),
                ExportColumn.text("task.overdue", 10, r -> r.isOverdue() ? text("action.yes") : ""));
    }
}
