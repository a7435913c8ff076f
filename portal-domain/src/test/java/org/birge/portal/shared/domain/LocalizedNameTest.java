package org.birge.portal.shared.domain;

import static org.birge.portal.testsupport.BeanValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedNameTest {

    private static final LocalizedName ZAISAN = new LocalizedName("Зайсан", "Зайсан", "Zaisan");

    @Test
    void constructorStripsWhitespaceAroundEachLanguage() {
        LocalizedName name = new LocalizedName("  Зайсан ", "\tЗайсан\n", " Zaisan district  ");

        assertEquals("Зайсан", name.getKk());
        assertEquals("Зайсан", name.getRu());
        assertEquals("Zaisan district", name.getEn());
    }

    @Test
    void constructorKeepsAMissingNameMissing() {
        LocalizedName name = new LocalizedName(null, null, null);

        assertNull(name.getKk());
        assertNull(name.getRu());
        assertNull(name.getEn());
    }

    @Test
    void inReturnsTheNameOfTheGivenLanguage() {
        LocalizedName name = new LocalizedName("Шығыс Қазақстан облысы", "Восточно-Казахстанская область",
                "East Kazakhstan Region");

        assertEquals("Шығыс Қазақстан облысы", name.in(Language.KK));
        assertEquals("Восточно-Казахстанская область", name.in(Language.RU));
        assertEquals("East Kazakhstan Region", name.in(Language.EN));
    }

    @Test
    void namesWithTheSameTextInAllThreeLanguagesAreEqualAndHashAlike() {
        LocalizedName same = new LocalizedName(" Зайсан", "Зайсан ", "Zaisan");

        assertEquals(ZAISAN, same);
        assertEquals(ZAISAN.hashCode(), same.hashCode());
    }

    @Test
    void namesThatDifferInAnyOneLanguageAreNotEqual() {
        assertNotEquals(ZAISAN, new LocalizedName("Зайсаң", "Зайсан", "Zaisan"));
        assertNotEquals(ZAISAN, new LocalizedName("Зайсан", "Зайсанск", "Zaisan"));
        assertNotEquals(ZAISAN, new LocalizedName("Зайсан", "Зайсан", "Zaysan"));
    }

    @Test
    void aNameIsNotEqualToNullOrToAnotherType() {
        assertNotEquals(null, ZAISAN);
        assertNotEquals("Zaisan", ZAISAN);
    }

    @Test
    void aNameWithAllThreeLanguagesIsValid() {
        assertEquals(Map.of(), violations(ZAISAN));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aMissingKazakhNameIsReportedWithItsOwnKey(String kk) {
        assertEquals(Map.of("kk", "{validation.name.kk.required}"),
                violations(new LocalizedName(kk, "Зайсан", "Zaisan")));
    }

    @Test
    void aMissingRussianNameIsReportedWithItsOwnKey() {
        assertEquals(Map.of("ru", "{validation.name.ru.required}"),
                violations(new LocalizedName("Зайсан", " ", "Zaisan")));
    }

    @Test
    void aMissingEnglishNameIsReportedWithItsOwnKey() {
        assertEquals(Map.of("en", "{validation.name.en.required}"),
                violations(new LocalizedName("Зайсан", "Зайсан", null)));
    }

    @Test
    void everyMissingLanguageIsReported() {
        assertEquals(Map.of("kk", "{validation.name.kk.required}", "ru", "{validation.name.ru.required}",
                "en", "{validation.name.en.required}"), violations(new LocalizedName("", null, " ")));
    }

    @Test
    void aNameOfTheMaximumLengthIsValid() {
        String longest = "x".repeat(LocalizedName.MAX_LENGTH);

        assertEquals(Map.of(), violations(new LocalizedName(longest, longest, longest)));
    }

    @Test
    void aNameLongerThanTheMaximumIsReportedWithTheLengthKey() {
        String tooLong = "x".repeat(LocalizedName.MAX_LENGTH + 1);

        assertEquals(Map.of("ru", "{validation.name.length}"),
                violations(new LocalizedName("Зайсан", tooLong, "Zaisan")));
    }

    @Test
    void theLengthIsMeasuredAfterStripping() {
        String name = "  " + "x".repeat(LocalizedName.MAX_LENGTH) + "  ";

        LocalizedName stripped = new LocalizedName(name, name, name);

        assertEquals(LocalizedName.MAX_LENGTH, stripped.getKk().length());
        assertTrue(violations(stripped).isEmpty());
    }
}
