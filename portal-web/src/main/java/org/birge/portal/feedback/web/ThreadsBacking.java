package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.feedback.domain.ThreadStatus;
import org.birge.portal.feedback.service.ThreadRow;
import org.birge.portal.feedback.service.ThreadService;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;

/** My threads with other officials, open, resolved or all, paged; or those about one project. */
@Named
@ViewScoped
public class ThreadsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ThreadService threads;

    private ThreadStatus status = ThreadStatus.OPEN;
    private Long projectId;
    private PageModel<ThreadRow> rows;

    public void load() {
        if (Params.present("project")) {
            projectId = Pages.idParameter("project");
            if (projectId == null) {
                return;
            }
            status = null;
            if (Pages.load(() -> threads.aboutProject(projectId, PageRequest.of(0, 1))) == null) {
                return;
            }
        }
        rows = new PageModel<>(page -> projectId == null ? threads.mine(page, status)
                : threads.aboutProject(projectId, page), row -> Long.toString(row.id()));
    }

    public void filter() {
        rows.refresh();
    }

    public ThreadStatus[] getStatuses() {
        return ThreadStatus.values();
    }

    public PageModel<ThreadRow> getRows() {
        return rows;
    }

    public ThreadStatus getStatus() {
        return status;
    }

    public void setStatus(ThreadStatus status) {
        this.status = status;
    }

    public Long getProjectId() {
        return projectId;
    }
}
