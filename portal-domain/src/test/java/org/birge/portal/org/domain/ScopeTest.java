package org.birge.portal.org.domain;

import static org.birge.portal.org.domain.OrgFixtures.district;
import static org.birge.portal.org.domain.OrgFixtures.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which districts and regions each kind of scope covers. The ids lie outside the range that {@code Long}
 * caches, so comparing ids by reference instead of by value would fail here.
 */
class ScopeTest {

    private final Region east = region(1000L, "EKR");
    private final Region abai = region(1050L, "ABAI");
    private final District zaisan = district(2000L, "ZAISAN", east);
    private final District tavriya = district(2050L, "TAVRIYA", east);
    private final District ayagoz = district(2100L, "AYAGOZ", abai);

    @Test
    void theFactoriesSetKindAndIds() {
        assertEquals(new Scope(Scope.Kind.NONE, null, null), Scope.none());
        assertEquals(new Scope(Scope.Kind.DISTRICT, 2000L, 1000L), Scope.district(2000L, 1000L));
        assertEquals(new Scope(Scope.Kind.REGION, null, 1000L), Scope.region(1000L));
        assertEquals(new Scope(Scope.Kind.PROGRAMME, null, null), Scope.programme());
    }

    @Test
    void noScopeCoversNothing() {
        Scope none = Scope.none();

        assertFalse(none.covers(zaisan));
        assertFalse(none.covers(ayagoz));
        assertFalse(none.covers(east));
        assertFalse(none.covers(abai));
    }

    @Test
    void aDistrictScopeCoversItsDistrictOnly() {
        Scope scope = Scope.district(2000L, 1000L);

        assertTrue(scope.covers(zaisan));
        assertTrue(scope.covers(district(2000L, "ZAISAN", region(1000L, "EKR"))), "the same district loaded again");
        assertFalse(scope.covers(tavriya), "another district of the same region");
        assertFalse(scope.covers(ayagoz), "a district of another region");
    }

    @Test
    void aDistrictScopeCoversNoRegionNotEvenItsOwn() {
        Scope scope = Scope.district(2000L, 1000L);

        assertFalse(scope.covers(east));
        assertFalse(scope.covers(abai));
    }

    @Test
    void aRegionScopeCoversEveryDistrictOfItsRegion() {
        Scope scope = Scope.region(1000L);

        assertTrue(scope.covers(zaisan));
        assertTrue(scope.covers(tavriya));
        assertFalse(scope.covers(ayagoz));
    }

    @Test
    void aRegionScopeCoversItsRegionOnly() {
        Scope scope = Scope.region(1000L);

        assertTrue(scope.covers(east));
        assertTrue(scope.covers(region(1000L, "EKR")), "the same region loaded again");
        assertFalse(scope.covers(abai));
    }

    @Test
    void aRegionScopeDoesNotTakeADistrictIdForARegionId() {
        Scope scope = Scope.region(2000L);

        assertFalse(scope.covers(zaisan));
    }

    @Test
    void theProgrammeScopeCoversEverything() {
        Scope scope = Scope.programme();

        assertTrue(scope.covers(zaisan));
        assertTrue(scope.covers(ayagoz));
        assertTrue(scope.covers(east));
        assertTrue(scope.covers(abai));
    }

    @Test
    void onlyTheDistrictScopeNamesADistrict() {
        assertNull(Scope.none().districtId());
        assertNull(Scope.region(1000L).districtId());
        assertNull(Scope.programme().districtId());
        assertNull(Scope.programme().regionId());
    }
}
