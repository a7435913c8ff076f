package org.birge.portal.training.service;

import java.util.List;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.export.ExportColumn;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.TableExport;

/** The enrolments of one training session, as its roster lists them. */
public class RosterExport extends TableExport<EnrolmentRow> {

    private final EnrolmentService enrolments;
    private final long sessionId;

    public RosterExport(EnrolmentService enrolments, long sessionId, ExportFormat format, ExportLabels labels) {
        super(format, labels, null, true);
        this.enrolments = enrolments;
        this.sessionId = sessionId;
    }

    @Override
    public String kind() {
        return "enrolments";
    }

    @Override
    public String describe() {
        return "session=" + sessionId;
    }

    @Override
    protected String titleKey() {
        return "enrol.roster.title";
    }

    @Override
    protected Page<EnrolmentRow> page(PageRequest request) {
        return enrolments.roster(sessionId, request);
    }

    @Override
    protected List<ExportColumn<EnrolmentRow>> columns() {
        return List.of(
                ExportColumn.text("enrol.person", 30, EnrolmentRow::name),
                ExportColumn.text("export.column.username", 18, EnrolmentRow::username),
                ExportColumn.text("org.district", 20, r -> r.district(labels().language())),
                ExportColumn.text("org.status", 18, r -> text("training.enrolment.status.", r.status())),
                ExportColumn.number("enrol.position", EnrolmentRow::position),
                ExportColumn.dateTime("enrol.queuedAt", EnrolmentRow::queuedAt),
                ExportColumn.text("enrol.nominatedBy", 24, EnrolmentRow::nominatedByName),
                ExportColumn.number("export.column.preScore", EnrolmentRow::preScore),
                ExportColumn.number("export.column.postScore", EnrolmentRow::postScore));
    }
}
