package org.birge.portal.project.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.feedback.domain.Appeal;
import org.birge.portal.feedback.service.AppealAccess;
import org.birge.portal.feedback.domain.ThreadMessage;
import org.birge.portal.feedback.service.ThreadAccess;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.Attachment;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.ProgressReport;
import org.birge.portal.project.domain.Project;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.FileType;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.training.service.CourseAccess;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files attached to projects, the files of training courses' materials, and the files of residents' appeals. The bytes are kept in a folder outside the web root ({@code portal.files.dir})
 * under a random name; the type is found from the content, never from the name; the file is removed again
 * when the transaction that registered it rolls back.
 */
@Stateless
public class AttachmentService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "portal.files.dir")
    private Optional<String> filesDir;

    /** The mayor attaches a file to a proposal or project of their district; returns the attachment's id. */
    @RolesAllowed(Role.MAYOR_NAME)
    public long attach(long projectId, AttachmentPurpose purpose, Long reportId, String fileName, byte[] content) {
        Scope scope = caller.scope();
        Project project = ProjectAccess.readable(em, scope, projectId);
        if (scope.kind() != Scope.Kind.DISTRICT) {
            throw new AccessDeniedException();
        }
        if (purpose == AttachmentPurpose.MINUTES && !project.getStatus().isEditable()) {
            throw new DomainException("project.notEditable");
        }
        if (reportId != null) {
            ProgressReport report = em.find(ProgressReport.class, reportId);
            if (report == null || !report.getProject().equals(project)) {
                throw new NotFoundException();
            }
        }
        FileType type = checked(content);
        String key = UUID.randomUUID().toString();
        Attachment attachment = new Attachment(projectId, reportId, purpose, fileName, type, content.length,
                sha256(content), key, caller.username());
        store(key, content);
        em.persist(attachment);
        em.flush();
        audit.record("attachment.added", "project", projectId, null, "purpose=" + purpose + ", file="
                + attachment.getFileName() + ", type=" + type + ", bytes=" + content.length + ", sha256="
                + attachment.getSha256(), null);
        return attachment.getId();
    }

    /** A file to send to the people who may see its project. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public FileDownload download(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getProjectId() == null) {
            throw new NotFoundException();
        }
        ProjectAccess.readable(em, caller.scope(), attachment.getProjectId());
        return file(attachment);
    }

    /**
     * A trainer stores a file for a course's materials; returns the attachment's id. The course service,
     * which calls this in its own transaction, lists the file among the course's materials and audits it.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public long attachToCourse(long courseId, String fileName, byte[] content) {
        FileType type = checked(content);
        String key = UUID.randomUUID().toString();
        Attachment attachment = Attachment.ofCourse(courseId, fileName, type, content.length, sha256(content), key,
                caller.username());
        store(key, content);
        em.persist(attachment);
        em.flush();
        return attachment.getId();
    }

    /**
     * A file among a course's materials, for the people who may read the course; a file removed from the
     * materials, or of a course the caller may not read, is not served.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public FileDownload courseFile(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getCourseId() == null) {
            throw new NotFoundException();
        }
        CourseAccess.readable(em, context, attachment.getCourseId());
        if (!CourseAccess.listsFile(em, attachment.getCourseId(), attachmentId)) {
            throw new NotFoundException();
        }
        return file(attachment);
    }

    /**
     * A resident stores a file of their new appeal; returns the attachment's id. The appeal service, which
     * calls this in its own transaction after checking the appeal is the caller's, audits it.
     */
    @RolesAllowed(Role.RESIDENT_NAME)
    public long attachToAppeal(long appealId, String fileName, byte[] content) {
        Appeal appeal = em.find(Appeal.class, appealId);
        if (appeal == null || !appeal.getAuthorUsername().equals(caller.username())) {
            throw new NotFoundException();
        }
        FileType type = checked(content);
        String key = UUID.randomUUID().toString();
        Attachment attachment = Attachment.ofAppeal(appealId, fileName, type, content.length, sha256(content), key,
                caller.username());
        store(key, content);
        em.persist(attachment);
        em.flush();
        return attachment.getId();
    }

    /** A file of an appeal, for the people who may read the appeal (its author, its mayor, its governor). */
    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME})
    public FileDownload appealFile(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getAppealId() == null) {
            throw new NotFoundException();
        }
        AppealAccess.readable(em, caller.official().orElseThrow(AccessDeniedException::new), attachment.getAppealId());
        return file(attachment);
    }

    /** A photo of a published project, for anyone; any other file does not exist here. */
    @PermitAll
    public FileDownload publicPhoto(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getProjectId() == null
                || attachment.getPurpose() != AttachmentPurpose.PHOTO || !em.find(Project.class, attachment.getProjectId()).getStatus().isPublic()) {
            throw new NotFoundException();
        }
        return file(attachment);
    }

    /**
     * The author of a thread's message stores a file with it; returns the attachment's id. The thread
     * service, which calls this in its own transaction, audits it.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public long attachToThreadMessage(long messageId, String fileName, byte[] content) {
        ThreadMessage message = em.find(ThreadMessage.class, messageId);
        if (message == null) {
            throw new NotFoundException();
        }
        if (!message.getAuthorUsername().equals(caller.username())) {
            throw new AccessDeniedException();
        }
        FileType type = checked(content);
        String key = UUID.randomUUID().toString();
        Attachment attachment = Attachment.ofThreadMessage(messageId, fileName, type, content.length, sha256(content),
                key, caller.username());
        store(key, content);
        em.persist(attachment);
        em.flush();
        return attachment.getId();
    }

    /** A file of a thread's message, for the thread's participants only. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public FileDownload threadFile(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getThreadMessageId() == null) {
            throw new NotFoundException();
        }
        ThreadMessage message = em.find(ThreadMessage.class, attachment.getThreadMessageId());
        ThreadAccess.readable(em, caller, message.getThreadId());
        return file(attachment);
    }

    /** The type of an acceptable file, found from its content; refuses an empty, too large or unknown one. */
    private static FileType checked(byte[] content) {
        if (content == null || content.length == 0 || content.length > FileType.MAX_BYTES) {
            throw new DomainException("project.attachment.size", FileType.MAX_BYTES / (1024 * 1024));
        }
        return FileType.detect(content).orElseThrow(() -> new DomainException("project.attachment.type"));
    }

    private FileDownload file(Attachment attachment) {
        Path path = folder().resolve(attachment.getStorageKey());
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException();
        }
        return new FileDownload(attachment.getFileName(), attachment.getType().mediaType(), attachment.getSize(), path);
    }

    private Path store(String key, byte[] content) {
        try {
            Path folder = Files.createDirectories(folder());
            Path temporary = Files.createTempFile(folder, "upload-", ".part");
            Files.write(temporary, content);
            Path target = Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (IOException e) {
                            // An orphan file harms nobody: no row points to it.
                        }
                    }
                }
            });
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The file store cannot be written", e);
        }
    }

    private Path folder() {
        return Path.of(filesDir.filter(dir -> !dir.isBlank()).orElseGet(() ->
                System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")) + "/birge-files"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
