package org.birge.portal.training.service;

import java.io.Serializable;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Names;
import org.birge.portal.training.domain.EnrolmentStatus;

/** A mayor of the governor's region to nominate, with where they already stand in the session, if anywhere. */
public record MayorChoice(String username, String name, Names district, EnrolmentStatus status)
        implements Serializable {

    public MayorChoice(String username, String name, String districtKk, String districtRu, String districtEn) {
        this(username, name, new Names(districtKk, districtRu, districtEn), null);
    }

    MayorChoice with(EnrolmentStatus statusInSession) {
        return new MayorChoice(username, name, district, statusInSession);
    }

    public String district(Language language) {
        return district.in(language);
    }

    /** Whether the mayor can be nominated: not on the session yet, or withdrawn from it. */
    public boolean isNominable() {
        return status == null || status == EnrolmentStatus.WITHDRAWN;
    }
}
