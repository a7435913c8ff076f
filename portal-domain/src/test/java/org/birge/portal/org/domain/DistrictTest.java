package org.birge.portal.org.domain;

import static org.birge.portal.org.domain.OrgFixtures.name;
import static org.birge.portal.org.domain.OrgFixtures.region;
import static org.birge.portal.testsupport.BeanValidation.violations;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.domain.LocalizedName;
import org.junit.jupiter.api.Test;

class DistrictTest {

    private static final LocalizedName ZAISAN = new LocalizedName("Зайсан ауданы", "Зайсанский район",
            "Zaisan District");

    private final Region east = region(1000L, "EKR");

    @Test
    void aNewDistrictHasItsNormalisedCodeNameKindAndRegionAndIsActive() {
        District district = new District(" zaisan ", ZAISAN, DistrictKind.DISTRICT, east);

        assertEquals("ZAISAN", district.getCode());
        assertEquals(ZAISAN, district.getName());
        assertEquals(DistrictKind.DISTRICT, district.getKind());
        assertSame(east, district.getRegion());
        assertTrue(district.isActive());
    }

    @Test
    void aDistrictNeedsAValidCode() {
        assertRefused("validation.code.pattern", () -> new District("Z", ZAISAN, DistrictKind.DISTRICT, east));
    }

    @Test
    void aDistrictNeedsAName() {
        assertRefused("validation.name.required", () -> new District("ZAISAN", null, DistrictKind.DISTRICT, east));
    }

    @Test
    void aDistrictNeedsAKind() {
        NullPointerException refused = assertThrows(NullPointerException.class,
                () -> new District("ZAISAN", ZAISAN, null, east));

        assertEquals("kind", refused.getMessage());
    }

    @Test
    void aDistrictNeedsARegion() {
        assertRefused("org.district.regionRequired", () -> new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, null));
    }

    @Test
    void aNewDistrictCannotBeCreatedInAnInactiveRegion() {
        east.deactivate();

        DomainException refused = assertRefused("org.district.regionInactive",
                () -> new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east));

        assertEquals(List.of("EKR"), refused.getArguments());
    }

    @Test
    void nameInGivesTheNameInEachLanguage() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);

        assertEquals("Зайсан ауданы", district.nameIn(Language.KK));
        assertEquals("Зайсанский район", district.nameIn(Language.RU));
        assertEquals("Zaisan District", district.nameIn(Language.EN));
    }

    @Test
    void renameReplacesNameAndKindAndKeepsCodeAndRegion() {
        District district = new District("TAVRIYA", name("Tavriya"), DistrictKind.DISTRICT, east);
        LocalizedName tavriyaRural = name("Tavriya rural district");

        district.rename(tavriyaRural, DistrictKind.RURAL_DISTRICT);

        assertEquals(tavriyaRural, district.getName());
        assertEquals(DistrictKind.RURAL_DISTRICT, district.getKind());
        assertEquals("TAVRIYA", district.getCode());
        assertSame(east, district.getRegion());
    }

    @Test
    void renameToNoNameIsRefusedAndKeepsNameAndKind() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);

        assertRefused("validation.name.required", () -> district.rename(null, DistrictKind.TOWN));
        assertEquals(ZAISAN, district.getName());
        assertEquals(DistrictKind.DISTRICT, district.getKind());
    }

    @Test
    void renameToNoKindIsRefused() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);

        NullPointerException refused = assertThrows(NullPointerException.class,
                () -> district.rename(name("Zaisan"), null));

        assertEquals("kind", refused.getMessage());
        assertEquals(DistrictKind.DISTRICT, district.getKind());
    }

    @Test
    void deactivateMakesAnActiveDistrictInactive() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);

        district.deactivate();

        assertFalse(district.isActive());
    }

    @Test
    void deactivatingAnInactiveDistrictIsRefusedNamingTheDistrict() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);
        district.deactivate();

        DomainException refused = assertRefused("org.district.alreadyInactive", district::deactivate);

        assertEquals(List.of("ZAISAN"), refused.getArguments());
        assertFalse(district.isActive());
    }

    @Test
    void aDistrictOfAnInactiveRegionCanStillBeDeactivated() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);
        east.deactivate();

        district.deactivate();

        assertFalse(district.isActive());
    }

    @Test
    void activateMakesAnInactiveDistrictActiveAgain() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);
        district.deactivate();

        district.activate();

        assertTrue(district.isActive());
    }

    @Test
    void activatingAnActiveDistrictIsRefusedNamingTheDistrict() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);

        DomainException refused = assertRefused("org.district.alreadyActive", district::activate);

        assertEquals(List.of("ZAISAN"), refused.getArguments());
        assertTrue(district.isActive());
    }

    @Test
    void activatingADistrictOfAnInactiveRegionIsRefusedNamingTheRegion() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);
        district.deactivate();
        east.deactivate();

        DomainException refused = assertRefused("org.district.regionInactive", district::activate);

        assertEquals(List.of("EKR"), refused.getArguments());
        assertFalse(district.isActive());
    }

    @Test
    void aDistrictCanBeActivatedOnceItsRegionIsActiveAgain() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);
        district.deactivate();
        east.deactivate();
        east.activate();

        district.activate();

        assertTrue(district.isActive());
    }

    @Test
    void aDistrictBelongsToItsRegion() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);

        assertTrue(district.belongsTo(east));
    }

    @Test
    void aDistrictBelongsToItsRegionAsLoadedAgainWithTheSameId() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);

        assertTrue(district.belongsTo(region(1000L, "EKR")));
    }

    @Test
    void aDistrictDoesNotBelongToAnotherRegion() {
        District district = new District("ZAISAN", ZAISAN, DistrictKind.DISTRICT, east);

        assertFalse(district.belongsTo(region(1050L, "ABAI")));
        assertFalse(district.belongsTo(null));
    }

    @Test
    void aDistrictOfANewRegionBelongsOnlyToThatVeryRegion() {
        Region newRegion = region("ABAI");
        District district = new District("AYAGOZ", name("Ayagoz"), DistrictKind.DISTRICT, newRegion);

        assertTrue(district.belongsTo(newRegion));
        assertFalse(district.belongsTo(region("ABAI")));
    }

    @Test
    void aDistrictMadeByTheConstructorIsValid() {
        assertEquals(Map.of(), violations(new District("ZAISAN", ZAISAN, DistrictKind.CITY, east)));
    }

    @Test
    void aBlankNameInOneLanguageIsRefusedWithThatLanguagesKey() {
        DomainException refused = assertThrows(DomainException.class, () -> new District("ZAISAN",
                new LocalizedName(" ", "Зайсан", "Zaisan"), DistrictKind.TOWN, east));

        assertEquals("validation.name.kk.required", refused.getMessageKey());
    }
}
