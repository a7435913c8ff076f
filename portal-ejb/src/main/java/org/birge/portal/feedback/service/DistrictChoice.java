package org.birge.portal.feedback.service;

import java.io.Serializable;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Names;

/** A district or region one may address, by id and name. */
public record DistrictChoice(long id, Names name) implements Serializable {

    public String name(Language language) {
        return name.in(language);
    }
}
