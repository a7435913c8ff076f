package org.birge.portal.org.domain;

import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.testsupport.Ids;

/** Regions, districts and officials for the tests, with the ids the database would give them. */
final class OrgFixtures {

    private OrgFixtures() {
    }

    static LocalizedName name(String en) {
        return new LocalizedName(en + " (kk)", en + " (ru)", en);
    }

    static Region region(String code) {
        return new Region(code, name(code));
    }

    static Region region(long id, String code) {
        return Ids.withId(region(code), id);
    }

    static District district(String code, Region region) {
        return new District(code, name(code), DistrictKind.DISTRICT, region);
    }

    static District district(long id, String code, Region region) {
        return Ids.withId(district(code, region), id);
    }
}
