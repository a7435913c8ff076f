package org.birge.portal.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The certificate's texts exist in every language, and the hours take the right plural form. */
class CertificateTextsTest {

    private static Set<String> keys(String suffix) throws IOException {
        String path = "/" + CertificateDocument.TEXTS.replace('.', '/') + suffix + ".properties";
        try (InputStream in = CertificateTextsTest.class.getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.forEach((key, value) -> assertFalse(value.toString().isBlank(), path + " " + key));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    @Test
    void everyLanguageHasEveryText() throws IOException {
        Set<String> english = keys("_en");
        for (String suffix : List.of("", "_ru", "_kk")) {
            assertEquals(english, keys(suffix), "the texts of certificate" + suffix);
        }
    }

    @Test
    void russianHoursTakeOneOfThreeFormsTheOthersTwoOrOne() {
        Locale ru = Locale.forLanguageTag("ru");
        assertEquals(List.of("one", "few", "many", "many", "one", "few", "many", "many"),
                List.of(1, 2, 5, 11, 21, 24, 12, 100).stream().map(n -> CertificateDocument.plural(ru, n)).toList());
        assertEquals(List.of("one", "many"), List.of(1, 16).stream()
                .map(n -> CertificateDocument.plural(Locale.ENGLISH, n)).toList());
    }
}
