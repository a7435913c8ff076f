package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Names;

/**
 * One announcement as its page shows it. For its sender's side ({@code senderSide}) also how many mayors
 * read it and how many mayors of the audience known to the portal have not.
 */
public record AnnouncementView(long id, String subject, String body, String senderUsername, String senderName,
                               Role senderRole, Names region, Instant sentAt, boolean senderSide, long readers,
                               long notRead) implements Serializable {

    public String regionName(Language language) {
        return region == null ? null : region.in(language);
    }
}
