package org.birge.portal.audit.service;

import java.util.List;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.export.ExportColumn;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.TableExport;

/** The audit trail as filtered, newest first, with each row's hash for checking the chain outside. */
public class AuditExport extends TableExport<AuditRow> {

    private final AuditService audit;
    private final AuditFilter filter;

    public AuditExport(AuditService audit, AuditFilter filter, ExportFormat format, ExportLabels labels) {
        super(format, labels, null, false);
        this.audit = audit;
        // A copy: the page's filter changes under the running export when the user filters again.
        this.filter = new AuditFilter();
        if (filter != null) {
            this.filter.setActor(filter.getActor());
            this.filter.setAction(filter.getAction());
            this.filter.setSubjectType(filter.getSubjectType());
            this.filter.setSubjectId(filter.getSubjectId());
            this.filter.setFrom(filter.getFrom());
            this.filter.setTo(filter.getTo());
        }
    }

    @Override
    public String kind() {
        return "audit";
    }

    @Override
    protected String titleKey() {
        return "admin.audit.title";
    }

    @Override
    protected Page<AuditRow> page(PageRequest request) {
        return audit.page(request, filter);
    }

    @Override
    protected List<ExportColumn<AuditRow>> columns() {
        return List.of(
                ExportColumn.number("export.column.sequence", AuditRow::sequence),
                ExportColumn.dateTime("audit.when", AuditRow::occurredAt),
                ExportColumn.text("audit.who", 18, AuditRow::actor),
                ExportColumn.text("export.column.role", 14, AuditRow::actorRole),
                ExportColumn.text("audit.action", 24, AuditRow::action),
                ExportColumn.text("audit.subjectType", 14, AuditRow::subjectType),
                ExportColumn.number("audit.subjectId", AuditRow::subjectId),
                ExportColumn.text("audit.before", 40, AuditRow::before),
                ExportColumn.text("audit.after", 40, AuditRow::after),
                ExportColumn.text("export.column.comment", 30, AuditRow::comment),
                ExportColumn.text("export.column.hash", 20, AuditRow::hash));
    }
}
