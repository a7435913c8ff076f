package org.birge.portal.shared.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportSource;
import org.birge.portal.shared.service.export.ExportJobService;
import org.birge.portal.shared.service.export.ExportJobView;

/**
 * The export bar of a list page: starts an export of the list as it is filtered, then polls the job until
 * its file is ready to download. The page stays usable meanwhile.
 */
@Named
@ViewScoped
public class ExportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExportJobService exports;

    @Inject
    private ActiveUser activeUser;

    private ExportJobView job;

    public void csv(ExportableList list) {
        start(list, ExportFormat.CSV);
    }

    public void xlsx(ExportableList list) {
        start(list, ExportFormat.XLSX);
    }

    private void start(ExportableList list, ExportFormat format) {
        start(list.export(format, new BundleLabels(activeUser.getLanguage())));
    }

    /** Starts any export (a list's, the quarterly report) as the view's job. */
    public void start(ExportSource source) {
        job = exports.job(exports.submit(source));
    }

    /** Called by the poll while the job runs. */
    public void refresh() {
        if (job != null) {
            job = exports.job(job.id());
        }
    }

    public ExportJobView getJob() {
        return job;
    }

    public boolean isRunning() {
        return job != null && !job.finished();
    }
}
