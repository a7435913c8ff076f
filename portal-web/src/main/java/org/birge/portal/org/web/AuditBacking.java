package org.birge.portal.org.web;

import org.birge.portal.audit.service.AuditExport;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.ExportSource;
import org.birge.portal.shared.web.ExportableList;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.audit.service.AuditFilter;
import org.birge.portal.audit.service.AuditRow;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;

/** The audit record for administrators and project managers, filtered, newest first; administrators check its hash chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable, ExportableList {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService audit;

    private final AuditFilter filter = new AuditFilter();
    private PageModel<AuditRow> records;
    private AuditService.ChainStatus status;

    @PostConstruct
    void load() {
        records = new PageModel<>(page -> audit.page(page, filter), row -> Long.toString(row.sequence()),
                AuditRow::sequence);
    }

    public void filter() {
        records.refresh();
    }

    public void verify() {
        status = audit.verify();
        if (status.intact()) {
            Messages.info("admin.audit.intact", status.rowsChecked());
        } else {
            Messages.error("admin.audit.broken", status.firstBrokenSequence());
        }
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public PageModel<AuditRow> getRecords() {
        return records;
    }

    public AuditService.ChainStatus getStatus() {
        return status;
    }

    @Override
    public ExportSource export(ExportFormat format, ExportLabels labels) {
        return new AuditExport(audit, filter, format, labels);
    }
}
