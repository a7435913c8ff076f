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
import java.time.LocalDate;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.feedback.service.AppealFilter;
import org.birge.portal.feedback.service.AppealRow;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.shared.web.PageModel;

/**
 * The appeals of a mayor's district or a governor's region, filtered by status, category and due date,
 * sorted by deadline, paged in the database. The governor's page starts with what needs attention (overdue
 * appeals and complaints to answer).
 */
@Named
@ViewScoped
public class AppealInboxBacking implements Serializable, ExportableList {

    private static final long serialVersionUID = 1L;

    @EJB
    private AppealService appeals;

    private AppealStatus status;
    private AppealCategory category;
    private LocalDate dueFrom;
    private LocalDate dueTo;
    /** The mayor's inbox opens on the appeals waiting for an answer. */
    private boolean openOnly = true;
    private boolean attention;
    private PageModel<AppealRow> rows;

    @PostConstruct
    void load() {
        rows = new PageModel<>(page -> appeals.inbox(page, currentFilter()), row -> Long.toString(row.id()));
    }

    /** The governor's page opens on what needs attention. */
    public void attentionFirst() {
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            attention = true;
            openOnly = false;
            rows.refresh();
        }
    }

    private AppealFilter currentFilter() {
        return new AppealFilter(status, category, dueFrom, dueTo, openOnly, attention);
    }

    public void filter() {
        rows.refresh();
    }

    public void clear() {
        status = null;
        category = null;
        dueFrom = null;
        dueTo = null;
        openOnly = false;
        attention = false;
        rows.refresh();
    }

    public AppealStatus[] getStatuses() {
        return AppealStatus.values();
    }

    public AppealCategory[] getCategories() {
        return AppealCategory.values();
    }

    public PageModel<AppealRow> getRows() {
        return rows;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public void setStatus(AppealStatus status) {
        this.status = status;
    }

    public AppealCategory getCategory() {
        return category;
    }

    public void setCategory(AppealCategory category) {
        this.category = category;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public boolean isAttention() {
        return attention;
    }

    public void setAttention(boolean attention) {
        this.attention = attention;
    }

    @Override
    public ExportSource export(ExportFormat format, ExportLabels labels) {
        return new AppealsExport(appeals, currentFilter(), format, labels, rows.sortField(), rows.ascending());
    }
}
