package org.birge.portal.feedback.service;

import java.io.Serializable;
import org.birge.portal.shared.domain.Language;

/** A district or project offered in a choice of an appeal's form: its id, a code and its names. */
public record AppealChoice(long id, String code, String nameKk, String nameRu, String nameEn) implements Serializable {

    public String name(Language language) {
        return switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
    }
}
