package org.birge.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A conversation between officials: a district's mayor and their governor ({@link ThreadChannel#GOVERNOR},
 * held by the district and its region so that whoever holds the office takes part), or one official and
 * the project managers as a group ({@link ThreadChannel#PROJECT_MANAGERS}). It has a subject, messages,
 * optionally the project it is about, and is open or resolved; either side resolves or reopens it, and a
 * resolved thread takes no message until it is reopened.
 */
@Entity
@Table(name = "official_thread")
public class OfficialThread extends VersionedEntity {

    public static final int SUBJECT_LENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ThreadChannel channel;

    @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Column(name = "district_id", updatable = false)
    private Long districtId;

    @Column(name = "region_id", updatable = false)
    private Long regionId;

    @Column(name = "official_username", length = 100, updatable = false)
    private String officialUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "official_role", length = 20, updatable = false)
    private Role officialRole;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ThreadStatus status = ThreadStatus.OPEN;

    @Column(name = "started_by", nullable = false, length = 100, updatable = false)
    private String startedBy;

    @Column(name = "status_changed_by", length = 100)
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    protected OfficialThread() {
    }

    private OfficialThread(ThreadChannel channel, String subject, Long projectId, String startedBy, Instant at) {
        this.channel = channel;
        this.subject = FeedbackTexts.required(subject, SUBJECT_LENGTH, "feedback.thread.subjectRequired",
                "feedback.textLength");
        this.projectId = projectId;
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.lastMessageAt = Objects.requireNonNull(at, "at");
    }

    /** A thread between the mayor of {@code districtId} and the governor of its region {@code regionId}. */
    public static OfficialThread withGovernor(String subject, long districtId, long regionId, Long projectId,
                                              String startedBy, Instant at) {
        OfficialThread thread = new OfficialThread(ThreadChannel.GOVERNOR, subject, projectId, startedBy, at);
        thread.districtId = districtId;
        thread.regionId = regionId;
        return thread;
    }

    /**
     * A thread between {@code official} (a mayor, governor or trainer) and the project managers. The
     * district and region of the official are kept for the managers' reading, not for scope.
     */
    public static OfficialThread withProjectManagers(String subject, String official, Role officialRole,
                                                     Long districtId, Long regionId, Long projectId, Instant at) {
        if (officialRole != Role.MAYOR && officialRole != Role.GOVERNOR && officialRole != Role.TRAINER) {
            throw new DomainException("feedback.thread.notAnOfficial");
        }
        OfficialThread thread = new OfficialThread(ThreadChannel.PROJECT_MANAGERS, subject, projectId,
                Objects.requireNonNull(official, "official"), at);
        thread.officialUsername = official;
        thread.officialRole = officialRole;
        thread.districtId = districtId;
        thread.regionId = regionId;
        return thread;
    }

    /** A new message of {@code author}; refused while the thread is resolved. */
    public ThreadMessage post(String author, Role authorRole, String body, Instant at) {
        if (status == ThreadStatus.RESOLVED) {
            throw new DomainException("feedback.thread.resolvedNoMessage");
        }
        if (isNew()) {
            throw new IllegalStateException("a thread is stored before its messages");
        }
        ThreadMessage message = new ThreadMessage(getId(), author, authorRole, body, at);
        messageCount++;
        if (at.isAfter(lastMessageAt)) {
            lastMessageAt = at;
        }
        return message;
    }

    public void resolve(String by, Instant at) {
        if (status == ThreadStatus.RESOLVED) {
            throw new DomainException("feedback.thread.alreadyResolved");
        }
        changeStatus(ThreadStatus.RESOLVED, by, at);
    }

    public void reopen(String by, Instant at) {
        if (status == ThreadStatus.OPEN) {
            throw new DomainException("feedback.thread.alreadyOpen");
        }
        changeStatus(ThreadStatus.OPEN, by, at);
    }

    private void changeStatus(ThreadStatus next, String by, Instant at) {
        this.status = next;
        this.statusChangedBy = Objects.requireNonNull(by, "by");
        this.statusChangedAt = Objects.requireNonNull(at, "at");
    }

    public ThreadChannel getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public String getOfficialUsername() {
        return officialUsername;
    }

    public Role getOfficialRole() {
        return officialRole;
    }

    public Long getProjectId() {
        return projectId;
    }

    public ThreadStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getStatusChangedBy() {
        return statusChangedBy;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public int getMessageCount() {
        return messageCount;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }
}
