package org.birge.portal.feedback.web;

import org.birge.portal.feedback.service.AppealsExport;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.ExportSource;
import org.birge.portal.shared.web.ExportableList;
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
public class ResidentAppealsBacking implements Serializable, ExportableList {

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

    @Override
    public ExportSource export(ExportFormat format, ExportLabels labels) {
        return AppealsExport.mine(appeals, format, labels, mine.sortField(), mine.ascending());
    }
}
