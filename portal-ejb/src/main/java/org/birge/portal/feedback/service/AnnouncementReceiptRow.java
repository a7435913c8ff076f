package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.shared.domain.Language;

/** Who read an announcement, of which district, and when they first did. */
public record AnnouncementReceiptRow(long id, String username, String displayName, String districtKk,
                                     String districtRu, String districtEn, Instant readAt) implements Serializable {

    public String district(Language language) {
        return switch (language) {
            case KK -> districtKk;
            case RU -> districtRu;
            case EN -> districtEn;
        };
    }
}
