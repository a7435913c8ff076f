package org.birge.portal.org.service;

import org.birge.portal.shared.domain.Language;

/** A region as lists show it, with the number of its active districts. */
public record RegionRow(long id, long version, String code, String nameKk, String nameRu, String nameEn,
                        boolean active, long districtCount) {

    public String name(Language language) {
        return switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
    }
}
