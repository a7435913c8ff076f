package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Names;

/**
 * An announcement as the lists show it: to a mayor with when they read it (null: unread), to its sender's
 * side with how many mayors have read it.
 */
public record AnnouncementRow(long id, String subject, String senderUsername, Role senderRole, Names region,
                              Instant sentAt, Instant readAt, long readers) implements Serializable {

    /** The audience's region in {@code language}; null for all mayors. */
    public String regionName(Language language) {
        return region == null ? null : region.in(language);
    }

    public boolean isRead() {
        return readAt != null;
    }
}
