package org.birge.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "kk, KK",
            "kk-KZ, KK",
            "KK, KK",
            "ru, RU",
            "ru-RU, RU",
            "en, EN",
            "EN, EN",
            "en_GB, EN",
            "En-us, EN"
    })
    void ofReadsTheLanguageFromTheFirstTwoLettersOfATagInAnyCase(String tag, Language expected) {
        assertEquals(expected, Language.of(tag));
    }

    @ParameterizedTest(name = "\"{0}\" falls back to Russian")
    @ValueSource(strings = {"de", "de-DE", "fr", "k", "  ", "kz", "zh-Hans"})
    void ofFallsBackToRussianForALanguageThePortalDoesNotSpeak(String tag) {
        assertEquals(Language.RU, Language.of(tag));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void ofFallsBackToRussianWithoutATag(String tag) {
        assertEquals(Language.RU, Language.of(tag));
    }

    @Test
    void codesAreTheLowerCaseIsoCodes() {
        assertEquals("kk", Language.KK.code());
        assertEquals("ru", Language.RU.code());
        assertEquals("en", Language.EN.code());
    }

    @Test
    void localesCarryTheLanguageOfTheCode() {
        assertEquals(new Locale("kk"), Language.KK.locale());
        assertEquals(new Locale("ru"), Language.RU.locale());
        assertEquals(Locale.ENGLISH, Language.EN.locale());
    }

    @Test
    void everyLanguageIsFoundAgainByItsOwnCodeAndLocale() {
        for (Language language : Language.values()) {
            assertEquals(language, Language.of(language.code()));
            assertEquals(language, Language.of(language.locale().toLanguageTag()));
        }
    }

    @Test
    void kazakhComesFirstAsTheStateLanguage() {
        assertEquals(Language.KK, Language.values()[0]);
    }
}
