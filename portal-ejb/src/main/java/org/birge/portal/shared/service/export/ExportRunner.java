package org.birge.portal.shared.service.export;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.ExportJob;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Runs export jobs, as the user who asked, so the source's service calls apply that user's roles and scope. Each change of a
 * job's state is a transaction of its own, so the page polling it sees the progress while the file is
 * written; the file appears under its final name only once complete.
 */
@Stateless
public class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());
    /** Progress is written to the job at most this often. */
    private static final long PROGRESS_EVERY_MILLIS = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ExportFiles files;

    @Resource
    private SessionContext context;

    /** Records a new job of the caller. */
    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(String kind, ExportFormat format, String filter, String offeredName) {
        ExportJob job = new ExportJob(caller.username(), kind, format.name(), filter, offeredName);
        em.persist(job);
        em.flush();
        return job.getId();
    }

    /**
     * Writes the job's file from its source; the job ends DONE with its file, or FAILED with the reason. Runs
     * on a managed thread that carries the owner's security context (see {@link ExportJobService#submit}).
     */
    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long jobId, ExportSource source) {
        ExportRunner self = context.getBusinessObject(ExportRunner.class);
        Path temporary = null;
        try {
            long total = source.count();
            self.started(jobId, total);
            Path folder = Files.createDirectories(files.folder());
            temporary = Files.createTempFile(folder, "export-", ".part");
            long[] last = {System.currentTimeMillis()};
            try (OutputStream out = Files.newOutputStream(temporary)) {
                source.write(out, done -> {
                    long now = System.currentTimeMillis();
                    if (now - last[0] >= PROGRESS_EVERY_MILLIS) {
                        last[0] = now;
                        self.advanced(jobId, done);
                    }
                });
            }
            String name = jobId + "-" + UUID.randomUUID() + "." + source.format().extension();
            Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            self.finished(jobId, name);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Export job " + jobId + " failed");
            try {
                self.failed(jobId, e.getClass().getSimpleName());
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, again, () -> "Export job " + jobId + " cannot be marked failed");
            }
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "A partial export file stays behind", e);
                }
            }
        }
    }

    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long jobId, long total) {
        own(jobId).start(total);
    }

    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void advanced(long jobId, long done) {
        own(jobId).progress(done);
    }

    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(long jobId, String fileName) {
        own(jobId).finish(fileName, Instant.now());
    }

    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobId, String reason) {
        own(jobId).fail(reason, Instant.now());
    }

    private ExportJob own(long id) {
        ExportJob job = em.find(ExportJob.class, id);
        if (job == null) {
            throw new NotFoundException();
        }
        if (!job.ownedBy(caller.username())) {
            throw new AccessDeniedException();
        }
        return job;
    }
}
