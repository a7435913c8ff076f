package org.birge.portal.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.feedback.domain.PollStatus;
import org.birge.portal.feedback.service.PollRow;
import org.birge.portal.feedback.service.PollService;
import org.birge.portal.shared.web.PageModel;

/**
 * A list of polls, paged in the database: the service decides whose (the mayor's district's, the resident's
 * district's, the governor's region's); the page filters by state.
 */
@Named
@ViewScoped
public class PollListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PollService polls;

    private PollStatus status;
    private PageModel<PollRow> rows;

    @PostConstruct
    void load() {
        rows = new PageModel<>(page -> polls.polls(page, status), row -> Long.toString(row.id()));
    }

    public void filter() {
        rows.refresh();
    }

    public PollStatus[] getStatuses() {
        return PollStatus.values();
    }

    /** The states residents and governors see: drafts are the mayor's alone. */
    public PollStatus[] getPublicStatuses() {
        return new PollStatus[] {PollStatus.OPEN, PollStatus.CLOSED};
    }

    public PageModel<PollRow> getRows() {
        return rows;
    }

    public PollStatus getStatus() {
        return status;
    }

    public void setStatus(PollStatus status) {
        this.status = status;
    }
}
