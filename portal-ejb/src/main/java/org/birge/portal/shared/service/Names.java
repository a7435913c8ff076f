package org.birge.portal.shared.service;

import java.io.Serializable;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.domain.LocalizedName;

/** A name in the three languages, as rows carry it to the pages. */
public record Names(String kk, String ru, String en) implements Serializable {

    public static Names of(LocalizedName name) {
        return new Names(name.getKk(), name.getRu(), name.getEn());
    }

    public String in(Language language) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }
}
