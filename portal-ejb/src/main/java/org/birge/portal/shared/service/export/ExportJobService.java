package org.birge.portal.shared.service.export;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.FileDownload;
import org.birge.portal.shared.domain.ExportJob;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Exports as jobs: {@link #submit(ExportSource)} records the job and hands the source to the runner, which
 * writes the file on a thread of its own as the same user while the page polls {@link #job(long)}; the file
 * goes to its owner alone ({@link #file(long)}). Anyone signed in may export what their lists show them.
 */
@Stateless
public class ExportJobService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @EJB
    private ExportRunner runner;

    @Inject
    private ExportFiles files;

    @Resource
    private ManagedExecutorService executor;

    /** Starts the export in the background and returns its job's id at once. */
    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long submit(ExportSource source) {
        Objects.requireNonNull(source, "source");
        // The job is committed before the runner starts, so that the runner's thread finds it.
        long id = runner.create(source.kind(), source.format(), source.describe(), source.fileName());
        // A managed executor's task carries the submitter's security context into its thread, so that every
        // call the source makes there is the owner's (an @Asynchronous method's nested calls are not, on Payara).
        executor.execute(() -> runner.run(id, source));
        return id;
    }

    /** The caller's own job; 403 for anyone else's, 404 for none. */
    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    public ExportJobView job(long id) {
        return ExportJobView.of(owned(id));
    }

    /** The file of the caller's finished job; 403 for anyone else's, 404 while it is not ready. */
    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME,
            Role.TRAINER_NAME, Role.ADMIN_NAME})
    public FileDownload file(long id) {
        ExportJob job = owned(id);
        if (!job.getState().equals(org.birge.portal.shared.domain.ExportState.DONE)) {
            throw new NotFoundException();
        }
        Path path = files.folder().resolve(job.getFileName());
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException();
        }
        ExportFormat format = ExportFormat.valueOf(job.getFormat());
        try {
            return new FileDownload(job.getOfferedName(), format.mediaType(), Files.size(path), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExportJob owned(long id) {
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
