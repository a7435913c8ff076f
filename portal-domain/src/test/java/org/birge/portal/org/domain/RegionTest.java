package org.birge.portal.org.domain;

import static org.birge.portal.org.domain.OrgFixtures.name;
import static org.birge.portal.testsupport.BeanValidation.violations;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.domain.LocalizedName;
import org.junit.jupiter.api.Test;

class RegionTest {

    private static final LocalizedName EAST = new LocalizedName("Шығыс Қазақстан облысы",
            "Восточно-Казахстанская область", "East Kazakhstan Region");

    @Test
    void aNewRegionHasItsNormalisedCodeAndNameAndIsActive() {
        Region region = new Region(" ekr ", EAST);

        assertEquals("EKR", region.getCode());
        assertEquals(EAST, region.getName());
        assertTrue(region.isActive());
    }

    @Test
    void aRegionNeedsAName() {
        assertRefused("validation.name.required", () -> new Region("EKR", null));
    }

    @Test
    void aRegionNeedsAValidCode() {
        assertRefused("validation.code.pattern", () -> new Region("E", EAST));
        assertRefused("validation.code.pattern", () -> new Region(null, EAST));
    }

    @Test
    void nameInGivesTheNameInEachLanguage() {
        Region region = new Region("EKR", EAST);

        assertEquals("Шығыс Қазақстан облысы", region.nameIn(Language.KK));
        assertEquals("Восточно-Казахстанская область", region.nameIn(Language.RU));
        assertEquals("East Kazakhstan Region", region.nameIn(Language.EN));
    }

    @Test
    void renameReplacesTheNameAndKeepsTheCode() {
        Region region = new Region("EKR", EAST);
        LocalizedName abai = name("Abai Region");

        region.rename(abai);

        assertEquals(abai, region.getName());
        assertEquals("EKR", region.getCode());
    }

    @Test
    void renameToNoNameIsRefusedAndKeepsTheOldName() {
        Region region = new Region("EKR", EAST);

        assertRefused("validation.name.required", () -> region.rename(null));
        assertEquals(EAST, region.getName());
    }

    @Test
    void deactivateMakesAnActiveRegionInactive() {
        Region region = new Region("EKR", EAST);

        region.deactivate();

        assertFalse(region.isActive());
    }

    @Test
    void deactivatingAnInactiveRegionIsRefusedNamingTheRegion() {
        Region region = new Region("EKR", EAST);
        region.deactivate();

        DomainException refused = assertRefused("org.region.alreadyInactive", region::deactivate);

        assertEquals(List.of("EKR"), refused.getArguments());
        assertFalse(region.isActive());
    }

    @Test
    void activateMakesAnInactiveRegionActiveAgain() {
        Region region = new Region("EKR", EAST);
        region.deactivate();

        region.activate();

        assertTrue(region.isActive());
    }

    @Test
    void activatingAnActiveRegionIsRefusedNamingTheRegion() {
        Region region = new Region("EKR", EAST);

        DomainException refused = assertRefused("org.region.alreadyActive", region::activate);

        assertEquals(List.of("EKR"), refused.getArguments());
        assertTrue(region.isActive());
    }

    @Test
    void aRegionMadeByTheConstructorIsValid() {
        assertEquals(Map.of(), violations(new Region("EKR", EAST)));
    }

    @Test
    void aBlankNameInOneLanguageIsRefusedWithThatLanguagesKey() {
        DomainException refused = assertThrows(DomainException.class,
                () -> new Region("EKR", new LocalizedName("Шығыс", " ", "East")));

        assertEquals("validation.name.ru.required", refused.getMessageKey());
    }

    @Test
    void aRenameToAnOverlongNameIsRefusedAndTheNameKept() {
        Region region = new Region("EKR", EAST);
        DomainException refused = assertThrows(DomainException.class,
                () -> region.rename(new LocalizedName("Шығыс", "Восток", "E".repeat(121))));

        assertEquals("validation.name.length", refused.getMessageKey());
        assertEquals(EAST, region.getName());
    }
}
