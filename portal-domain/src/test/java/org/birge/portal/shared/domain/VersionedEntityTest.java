package org.birge.portal.shared.domain;

import static org.birge.portal.testsupport.Ids.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.Region;
import org.junit.jupiter.api.Test;

/** Identity of entities, on which scoping and {@code belongsTo} rely; exercised through Region and District. */
class VersionedEntityTest {

    private static final LocalizedName NAME = new LocalizedName("Шығыс", "Восток", "East");

    @Test
    void anEntityIsNewUntilItHasAnId() {
        Region region = new Region("EKR", NAME);

        assertTrue(region.isNew());
        withId(region, 1000L);
        assertFalse(region.isNew());
    }

    @Test
    void entitiesOfTheSameClassWithTheSameIdAreEqualAndHashAlike() {
        Region one = withId(new Region("EKR", NAME), 1000L);
        Region other = withId(new Region("EKR", NAME), 1000L);

        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
    }

    @Test
    void entitiesWithDifferentIdsAreNotEqualEvenWithTheSameContent() {
        assertNotEquals(withId(new Region("EKR", NAME), 1000L), withId(new Region("EKR", NAME), 1050L));
    }

    @Test
    void newEntitiesAreEqualOnlyToThemselves() {
        Region region = new Region("EKR", NAME);

        assertEquals(region, region);
        assertNotEquals(region, new Region("EKR", NAME));
    }

    @Test
    void aNewEntityIsNotEqualToAStoredOne() {
        assertNotEquals(new Region("EKR", NAME), withId(new Region("EKR", NAME), 1000L));
        assertNotEquals(withId(new Region("EKR", NAME), 1000L), new Region("EKR", NAME));
    }

    @Test
    void entitiesOfDifferentClassesAreNotEqualEvenWithTheSameId() {
        Region region = withId(new Region("EKR", NAME), 1000L);
        District district = withId(new District("ZAISAN", NAME, DistrictKind.DISTRICT, region), 1000L);

        assertNotEquals(region, district);
        assertNotEquals(district, region);
    }

    @Test
    void anEntityIsNotEqualToNull() {
        assertNotEquals(null, withId(new Region("EKR", NAME), 1000L));
    }
}
