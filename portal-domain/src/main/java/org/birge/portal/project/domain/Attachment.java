package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.FileType;
import org.birge.portal.shared.domain.Texts;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A file attached to a project (minutes of the consultation, a document, a photo of progress), or a file
 * of a training course's materials (a document owned by the course, with no project). The
 * bytes live in the file store outside the web root under {@link #getStorageKey()}; the row keeps what is
 * needed to serve them safely: the type found in the content, the size, a SHA-256 and the original name.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends VersionedEntity {

    public static final int NAME_LENGTH = 200;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(name = "course_id", updatable = false)
    private Long courseId;

    @Column(name = "appeal_id", updatable = false)
    private Long appealId;

    @Column(name = "report_id", updatable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AttachmentPurpose purpose;

    @Column(name = "file_name", nullable = false, length = NAME_LENGTH, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10, updatable = false)
    private FileType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 80, updatable = false)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    @Column(name = "thread_message_id", updatable = false)
    private Long threadMessageId;

    protected Attachment() {
    }

    public Attachment(long projectId, Long reportId, AttachmentPurpose purpose, String fileName, FileType type,
                      long size, String sha256, String storageKey, String uploadedBy) {
        this(purpose, fileName, type, size, sha256, storageKey, uploadedBy);
        this.projectId = projectId;
        this.reportId = reportId;
    }

    /** A file of a course's materials: a document of the course, belonging to no project. */
    public static Attachment ofCourse(long courseId, String fileName, FileType type, long size, String sha256,
                                      String storageKey, String uploadedBy) {
        Attachment attachment = new Attachment(AttachmentPurpose.DOCUMENT, fileName, type, size, sha256, storageKey,
                uploadedBy);
        attachment.courseId = courseId;
        return attachment;
    }

    /** A file a resident attached to their appeal: a document or photo of the appeal, belonging to no project. */
    public static Attachment ofAppeal(long appealId, String fileName, FileType type, long size, String sha256,
                                      String storageKey, String uploadedBy) {
        Attachment attachment = new Attachment(AttachmentPurpose.DOCUMENT, fileName, type, size, sha256, storageKey,
                uploadedBy);
        attachment.appealId = appealId;
        return attachment;
    }

    private Attachment(AttachmentPurpose purpose, String fileName, FileType type, long size, String sha256,
                       String storageKey, String uploadedBy) {
        if (size <= 0 || size > FileType.MAX_BYTES) {
            throw new DomainException("project.attachment.size", FileType.MAX_BYTES / (1024 * 1024));
        }
        if (purpose == AttachmentPurpose.PHOTO && !type.isImage()) {
            throw new DomainException("project.attachment.photoType");
        }
        this.purpose = purpose;
        this.fileName = safeName(fileName, type);
        this.type = type;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
    }

    /** A file of a message of an officials' thread, belonging to no project. */
    public static Attachment ofThreadMessage(long messageId, String fileName, FileType type, long size, String sha256,
                                             String storageKey, String uploadedBy) {
        Attachment attachment = new Attachment(AttachmentPurpose.DOCUMENT, fileName, type, size, sha256, storageKey,
                uploadedBy);
        attachment.threadMessageId = messageId;
        return attachment;
    }

    /** The name a download gets: the original name without path or control characters, and the right extension. */
    static String safeName(String original, FileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}\";]", "_").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "file";
        }
        int room = NAME_LENGTH - type.extension().length() - 1;
        return Texts.clip(base, room) + "." + type.extension();
    }

    /** The project the file belongs to; null for a course's file. */
    public Long getProjectId() {
        return projectId;
    }

    /** The course whose materials hold the file; null for a project's file. */
    public Long getCourseId() {
        return courseId;
    }

    /** The resident's appeal the file belongs to; null for any other file. */
    public Long getAppealId() {
        return appealId;
    }

    public Long getReportId() {
        return reportId;
    }

    public AttachmentPurpose getPurpose() {
        return purpose;
    }

    public String getFileName() {
        return fileName;
    }

    public FileType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    /** The thread message the file belongs to; null for any other file. */
    public Long getThreadMessageId() {
        return threadMessageId;
    }
}
