package org.birge.portal.shared.web;

import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.ExportSource;

/** A list page whose rows can be exported as the page filters and sorts them. */
public interface ExportableList {

    ExportSource export(ExportFormat format, ExportLabels labels);
}
