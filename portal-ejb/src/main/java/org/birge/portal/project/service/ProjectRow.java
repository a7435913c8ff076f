package org.birge.portal.project.service;

import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.shared.domain.Language;

/** A project as lists show it. */
public record ProjectRow(long id, long version, String title, ProjectStatus status, String stepCode,
                         String districtKk, String districtRu, String districtEn, String callTitle, long totalCost,
                         long grantRequested, long grantApproved, Instant modifiedAt) implements Serializable {

    public String district(Language language) {
        return switch (language) {
            case KK -> districtKk;
            case RU -> districtRu;
            case EN -> districtEn;
        };
    }
}
