package org.birge.portal.shared.service.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.ExportJob;

/**
 * Every hour, deletes the jobs older than a day with their files: an export is a download, not an archive.
 * A job still running after a day (its server stopped under it) goes too.
 */
@Singleton
public class ExportCleanupTimer {

    private static final Logger LOG = Logger.getLogger(ExportCleanupTimer.class.getName());
    static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ExportFiles files;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void scheduled() {
        try {
            int removed = removeOlderThan(Instant.now().minus(KEPT));
            if (removed > 0) {
                LOG.info(() -> "Removed " + removed + " old exports");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Removing old exports failed; the next run tries again", e);
        }
    }

    /** Removes the jobs created before {@code before} and their files; returns how many. */
    @RolesAllowed(Role.ADMIN_NAME)
    public int removeOlderThan(Instant before) {
        List<ExportJob> old = em.createNamedQuery("ExportJob.olderThan", ExportJob.class)
                .setParameter("before", before).setMaxResults(1000).getResultList();
        for (ExportJob job : old) {
            if (job.getFileName() != null) {
                try {
                    Files.deleteIfExists(files.folder().resolve(job.getFileName()));
                } catch (IOException e) {
                    LOG.log(Level.WARNING, e, () -> "The file of export " + job.getId() + " cannot be deleted");
                }
            }
            em.remove(job);
        }
        return old.size();
    }
}
