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
 * A message down the hierarchy: a governor to the mayors of their region, or a project manager to all
 * mayors or to one region's. The audience is recorded (a region, or all), not a list of people, because
 * mayors are known to the portal only after their first sign-in; a receipt is written when one reads it.
 */
@Entity
@Table(name = "announcement")
public class Announcement extends VersionedEntity {

    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;

    @Column(name = "sender_username", nullable = false, length = 100, updatable = false)
    private String senderUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_role", nullable = false, length = 20, updatable = false)
    private Role senderRole;

    @Column(name = "region_id", updatable = false)
    private Long regionId;

    @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected Announcement() {
    }

    /**
     * An announcement of {@code sender} holding {@code senderRole} to the mayors of {@code regionId}, or of
     * all regions when it is null; a governor writes only to one region.
     */
    public Announcement(String sender, Role senderRole, Long regionId, String subject, String body, Instant at) {
        if (senderRole != Role.GOVERNOR && senderRole != Role.PROJECT_MANAGER) {
            throw new DomainException("feedback.announcement.notASender");
        }
        if (senderRole == Role.GOVERNOR && regionId == null) {
            throw new DomainException("feedback.announcement.governorRegion");
        }
        this.senderUsername = Objects.requireNonNull(sender, "sender");
        this.senderRole = senderRole;
        this.regionId = regionId;
        this.subject = FeedbackTexts.required(subject, SUBJECT_LENGTH, "feedback.announcement.subjectRequired",
                "feedback.textLength");
        this.body = FeedbackTexts.required(body, BODY_LENGTH, "feedback.announcement.bodyRequired",
                "feedback.textLength");
        this.sentAt = Objects.requireNonNull(at, "at");
    }

    /** Whether a mayor of a district of {@code mayorRegionId} is in the audience. */
    public boolean reaches(Long mayorRegionId) {
        return mayorRegionId != null && (regionId == null || regionId.equals(mayorRegionId));
    }

    public String getSenderUsername() {
        return senderUsername;
    }

    public Role getSenderRole() {
        return senderRole;
    }

    /** The region whose mayors it is for; null for all mayors. */
    public Long getRegionId() {
        return regionId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
