package org.birge.portal.project.service;

import java.io.Serializable;
import org.birge.portal.shared.domain.Language;

/** A region to choose in a form. */
public record RegionChoice(long id, String nameKk, String nameRu, String nameEn) implements Serializable {

    public String name(Language language) {
        return switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
    }
}
