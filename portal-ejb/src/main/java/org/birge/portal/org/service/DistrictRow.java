package org.birge.portal.org.service;

import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.shared.domain.Language;

/** A district as lists show it, with its region. */
public record DistrictRow(long id, long version, String code, String nameKk, String nameRu, String nameEn,
                          DistrictKind kind, boolean active, long regionId, String regionCode,
                          String regionNameKk, String regionNameRu, String regionNameEn) {

    public String name(Language language) {
        return switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
    }

    public String regionName(Language language) {
        return switch (language) {
            case KK -> regionNameKk;
            case RU -> regionNameRu;
            case EN -> regionNameEn;
        };
    }
}
