package org.birge.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/** That a mayor read an announcement, and when they first did; one per mayor and announcement. */
@Entity
@Table(name = "announcement_receipt")
public class AnnouncementReceipt extends VersionedEntity {

    @Column(name = "announcement_id", nullable = false, updatable = false)
    private long announcementId;

    @Column(name = "reader_username", nullable = false, length = 100, updatable = false)
    private String readerUsername;

    @Column(name = "district_id", updatable = false)
    private Long districtId;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected AnnouncementReceipt() {
    }

    /** The receipt of a mayor of {@code districtId} in the audience of {@code announcement}. */
    public AnnouncementReceipt(Announcement announcement, String reader, long districtId, long regionId, Instant at) {
        if (!announcement.reaches(regionId)) {
            throw new DomainException("feedback.announcement.notInAudience");
        }
        this.announcementId = announcement.getId();
        this.readerUsername = Objects.requireNonNull(reader, "reader");
        this.districtId = districtId;
        this.readAt = Objects.requireNonNull(at, "at");
    }

    public long getAnnouncementId() {
        return announcementId;
    }

    public String getReaderUsername() {
        return readerUsername;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
