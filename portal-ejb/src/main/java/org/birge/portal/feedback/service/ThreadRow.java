package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.feedback.domain.ThreadChannel;
import org.birge.portal.feedback.domain.ThreadStatus;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;

/** A thread as the list of one's threads shows it, with how many of its messages the reader has not seen. */
public record ThreadRow(long id, String subject, ThreadChannel channel, ThreadStatus status, String districtKk,
                        String districtRu, String districtEn, String officialUsername, Role officialRole,
                        Long projectId, String projectTitle, int messageCount, Instant lastMessageAt, long unread)
        implements Serializable {

    public String district(Language language) {
        return switch (language) {
            case KK -> districtKk;
            case RU -> districtRu;
            case EN -> districtEn;
        };
    }

    public boolean isUnread() {
        return unread > 0;
    }
}
