package org.birge.portal.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.feedback.service.AppealRow;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.shared.web.PageModel;

/** A resident's own appeals with their state, newest first, paged in the database. */
@Named
@ViewScoped
public class ResidentAppealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AppealService appeals;

    private PageModel<AppealRow> mine;

    @PostConstruct
    void load() {
        mine = new PageModel<>(page -> appeals.mine(page), row -> Long.toString(row.id()));
    }

    public PageModel<AppealRow> getMine() {
        return mine;
    }
}
