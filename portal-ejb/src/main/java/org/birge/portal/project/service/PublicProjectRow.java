package org.birge.portal.project.service;

import java.io.Serializable;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.shared.domain.Language;

/** A published project as anyone may see it, without personal data. */
public record PublicProjectRow(long id, String title, ProjectStatus status, String districtKk, String districtRu,
                               String districtEn, String regionKk, String regionRu, String regionEn, long totalCost,
                               long grantApproved) implements Serializable {

    public String district(Language language) {
        return switch (language) {
            case KK -> districtKk;
            case RU -> districtRu;
            case EN -> districtEn;
        };
    }

    public String region(Language language) {
        return switch (language) {
            case KK -> regionKk;
            case RU -> regionRu;
            case EN -> regionEn;
        };
    }
}
