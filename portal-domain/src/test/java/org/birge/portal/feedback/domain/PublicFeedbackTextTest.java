package org.birge.portal.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublicFeedbackTextTest {

    @Test
    void eMailAddressesAreReplaced() {
        assertEquals("Пишите на [… ] или […].".replace("[… ]", PublicFeedbackText.MARK),
                PublicFeedbackText.redact("Пишите на ivan.petrov@mail.kz или айгуль_1@почта.қаз."));
    }

    @Test
    void telephoneNumbersInTheUsualShapesAreReplaced() {
        assertEquals("Звоните […], […] или […]!", PublicFeedbackText.redact(
                "Звоните 8 701 123 45 67, +7 (701) 123-45-67 или 87011234567!"));
    }

    @Test
    void yearsDatesHouseNumbersAndAmountsStay() {
        String text = "С 2024 года, с 01.09.2025, дом 12/3, кв. 45, улица Абая 150, смета 2 500 000 тенге, 15 дней.";
        assertEquals(text, PublicFeedbackText.redact(text));
    }

    @Test
    void emptyAndNullStay() {
        assertNull(PublicFeedbackText.redact(null));
        assertEquals("", PublicFeedbackText.redact(""));
    }
}
