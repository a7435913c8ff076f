package org.birge.portal.training.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MaterialTest {

    @Test
    void aLinkIsATitleAndAWebAddress() {
        Material material = new Material("  Logical framework guide ", " https://edu.birge.kz/pme/guide.pdf ", null);

        assertEquals("Logical framework guide", material.getTitle());
        assertEquals("https://edu.birge.kz/pme/guide.pdf", material.getUrl());
        assertNull(material.getAttachmentId());
    }

    @ParameterizedTest(name = "a file with the address \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aFileIsATitleAndAnAttachment(String url) {
        Material material = new Material("Slides of day 1", url, 77L);

        assertEquals("Slides of day 1", material.getTitle());
        assertNull(material.getUrl());
        assertEquals(77L, material.getAttachmentId());
    }

    @Test
    void aMaterialIsNotBothALinkAndAFile() {
        assertRefused("training.material.linkOrFile", () -> new Material("Guide", "https://edu.birge.kz/g", 77L));
    }

    @ParameterizedTest(name = "neither a file nor the address \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMaterialIsALinkOrAFile(String url) {
        assertRefused("training.material.linkOrFile", () -> new Material("Guide", url, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMaterialNeedsATitle(String title) {
        assertRefused("training.material.titleRequired", () -> new Material(title, "https://edu.birge.kz/g", null));
    }

    @Test
    void aTitleOfTheColumnLengthIsAcceptedAndLongerIsRefused() {
        String longest = "x".repeat(Material.TITLE_LENGTH);

        assertEquals(longest, new Material(longest, null, 1L).getTitle());
        DomainException refused = assertRefused("training.material.titleLength",
                () -> new Material(longest + "x", null, 1L));
        assertEquals(List.of(Material.TITLE_LENGTH), refused.getArguments());
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {
            "http://edu.birge.kz",
            "https://edu.birge.kz/courses/pme-201?lang=ru#week-2",
            "HTTPS://EDU.BIRGE.KZ/GUIDE",
            "https://localhost:8443/portal/files/7",
            "https://192.168.1.10/guide.pdf"
    })
    void anHttpOrHttpsAddressIsAccepted(String url) {
        assertEquals(url, new Material("Guide", url, null).getUrl());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            " javascript:alert(1)",
            "ftp://files.birge.kz/guide.pdf",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "mailto:trainer.saule@birge.kz",
            "//edu.birge.kz/guide",
            "edu.birge.kz/guide",
            "/portal/files/7",
            "http://",
            "https:///guide",
            "https://edu birge.kz/guide",
            "https://edu.birge.kz/<script>"
    })
    void anythingButAWebAddressIsRefused(String url) {
        assertRefused("training.material.url", () -> new Material("Guide", url, null));
    }

    @Test
    void anAddressOfTheColumnLengthIsAcceptedAndLongerIsRefused() {
        String prefix = "https://edu.birge.kz/";
        String longest = prefix + "a".repeat(Material.URL_LENGTH - prefix.length());

        assertEquals(longest, new Material("Guide", longest, null).getUrl());
        assertRefused("training.material.url", () -> new Material("Guide", longest + "a", null));
    }
}
