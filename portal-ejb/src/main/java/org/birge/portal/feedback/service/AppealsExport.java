package org.birge.portal.feedback.service;

import java.util.List;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.export.ExportColumn;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.TableExport;

/**
 * Appeals as their lists show them: a mayor's or governor's inbox as filtered ({@code filter} given), or a
 * resident's own appeals ({@code filter} null).
 */
public class AppealsExport extends TableExport<AppealRow> {

    private final AppealService appeals;
    private final AppealFilter filter;

    public AppealsExport(AppealService appeals, AppealFilter filter, ExportFormat format, ExportLabels labels,
                         String sortField, boolean ascending) {
        super(format, labels, sortField, ascending);
        this.appeals = appeals;
        this.filter = filter;
    }

    /** A resident's own appeals. */
    public static AppealsExport mine(AppealService appeals, ExportFormat format, ExportLabels labels,
                                     String sortField, boolean ascending) {
        return new AppealsExport(appeals, null, format, labels, sortField, ascending);
    }

    @Override
    public String kind() {
        return filter == null ? "my-appeals" : "appeals";
    }

    @Override
    public String describe() {
        return filter == null ? "" : filter.toString();
    }

    @Override
    protected String titleKey() {
        return filter == null ? "feedback.mine.title" : "feedback.inbox.title";
    }

    @Override
    protected Page<AppealRow> page(PageRequest request) {
        return filter == null ? appeals.mine(request) : appeals.inbox(request, filter);
    }

    @Override
    protected List<ExportColumn<AppealRow>> columns() {
        return List.of(
                ExportColumn.text("feedback.appeal.reference", 16, AppealRow::reference),
                ExportColumn.text("feedback.appeal.district", 20, r -> r.districtName(labels().language())),
                ExportColumn.text("feedback.appeal.kind", 14, r -> text("feedback.appeal.kind.", r.kind())),
                ExportColumn.text("feedback.appeal.category", 16,
                        r -> text("feedback.appeal.category.", r.category())),
                ExportColumn.text("feedback.appeal.subject", 40, AppealRow::subject),
                ExportColumn.text("org.status", 16, r -> text("feedback.appeal.status.", r.status())),
                ExportColumn.date("feedback.appeal.receivedOn", AppealRow::receivedOn),
                ExportColumn.date("feedback.appeal.dueOn", AppealRow::dueOn),
                ExportColumn.dateTime("export.column.answeredAt", AppealRow::answeredAt),
                ExportColumn.text("feedback.appeal.ratingTitle", 14,
                        r -> text("feedback.appeal.rating.", r.rating())));
    }
}
