package org.birge.portal.shared.service.export;

import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.shared.domain.ExportJob;
import org.birge.portal.shared.domain.ExportState;

/** An export job as its owner's page shows it: where it is, how far, and whether the file is ready. */
public record ExportJobView(long id, String kind, String format, ExportState state, long done, long total,
                            int percent, Instant createdAt, Instant finishedAt, String error)
        implements Serializable {

    static ExportJobView of(ExportJob job) {
        return new ExportJobView(job.getId(), job.getKind(), job.getFormat(), job.getState(), job.getDone(),
                job.getTotal(), job.percent(), job.getCreatedAt(), job.getFinishedAt(), job.getError());
    }

    public boolean finished() {
        return state.finished();
    }

    public boolean ready() {
        return state == ExportState.DONE;
    }

    public boolean failed() {
        return state == ExportState.FAILED;
    }
}
