package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealKind;
import org.birge.portal.feedback.domain.AppealRating;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.shared.domain.Language;

/** An appeal as the lists show it, read in one statement with its district. */
public record AppealRow(long id, String reference, AppealKind kind, AppealCategory category, String subject,
                        AppealStatus status, LocalDate receivedOn, LocalDate dueOn, Instant overdueAt,
                        Instant answeredAt, AppealRating rating, Instant complaintAt, Instant complaintAnsweredAt,
                        boolean publicAppeal, Instant hiddenAt, String districtCode, String districtNameKk,
                        String districtNameRu, String districtNameEn) implements Serializable {

    public boolean open() {
        return status.isOpen();
    }

    public boolean complaintOpen() {
        return complaintAt != null && complaintAnsweredAt == null;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public String districtName(Language language) {
        return switch (language) {
            case KK -> districtNameKk;
            case RU -> districtNameRu;
            case EN -> districtNameEn;
        };
    }
}
