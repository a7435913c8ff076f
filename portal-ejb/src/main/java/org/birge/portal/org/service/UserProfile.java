package org.birge.portal.org.service;

import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;

/**
 * What the portal shows of the signed-in person in its header and uses to send them home: kept small,
 * as it lives in the HTTP session.
 */
public record UserProfile(String username, String displayName, Role primaryRole, Language language,
                          String placeCode, String placeNameKk, String placeNameRu, String placeNameEn)
        implements java.io.Serializable {

    public String placeName(Language in) {
        if (placeCode == null) {
            return null;
        }
        return switch (in) {
            case KK -> placeNameKk;
            case RU -> placeNameRu;
            case EN -> placeNameEn;
        };
    }
}
