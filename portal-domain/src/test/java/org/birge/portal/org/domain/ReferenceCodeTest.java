package org.birge.portal.org.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCodeTest {

    @ParameterizedTest(name = "\"{0}\" becomes {1}")
    @CsvSource(delimiter = '|', value = {
            "EKR|EKR",
            "ekr|EKR",
            "  Zaisan |ZAISAN",
            "'\tzaisan-1\n'|ZAISAN-1",
            "tavriya-rd|TAVRIYA-RD",
            "01|01",
            "ust-kamenogorsk-city|UST-KAMENOGORSK-CITY"
    })
    void normaliseStripsAndUpperCases(String code, String expected) {
        assertEquals(expected, ReferenceCode.normalise(code));
    }

    @Test
    void theShortestCodeHasTwoCharacters() {
        assertEquals("AB", ReferenceCode.normalise("ab"));
        assertRefused("validation.code.pattern", () -> ReferenceCode.normalise("a"));
    }

    @Test
    void theLongestCodeHasMaxLengthCharacters() {
        String longest = "A".repeat(ReferenceCode.MAX_LENGTH);

        assertEquals(longest, ReferenceCode.normalise(longest));
        assertRefused("validation.code.pattern", () -> ReferenceCode.normalise(longest + "A"));
    }

    @Test
    void theLengthIsCountedAfterStripping() {
        String longest = "A".repeat(ReferenceCode.MAX_LENGTH);

        assertEquals(longest, ReferenceCode.normalise("  " + longest + "  "));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "-EKR",       // must start with a letter or digit
            "EK R",       // no inner space
            "EK_R",       // no underscore
            "EK.R",
            "EK/R",
            "ЕКР",        // Cyrillic letters that look like Latin ones
            "ÄKR",
            "Зайсан"
    })
    void codesWithIllegalCharactersAreRefused(String code) {
        assertRefused("validation.code.pattern", () -> ReferenceCode.normalise(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aMissingCodeIsRefused(String code) {
        assertRefused("validation.code.pattern", () -> ReferenceCode.normalise(code));
    }

    @Test
    void theRefusalCarriesNoArguments() {
        DomainException refused = assertRefused("validation.code.pattern", () -> ReferenceCode.normalise("a"));

        assertEquals(List.of(), refused.getArguments());
    }

    @Test
    void upperCasingDoesNotDependOnTheDefaultLocale() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // In Turkish "i".toUpperCase() is the dotted capital I (U+0130), which the pattern refuses.
            assertEquals("KIZILORDA", ReferenceCode.normalise("kizilorda"));
        } finally {
            Locale.setDefault(original);
        }
    }
}
