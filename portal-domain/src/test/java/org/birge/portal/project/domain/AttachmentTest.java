package org.birge.portal.project.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.FileType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentTest {

    private static final String SHA = "ab".repeat(32);
    private static final String KEY = "2026/03/5f0c1e2a-7a1b-4c55-9d0e-3b1f2a4c6d7e";

    private static Attachment attachment(AttachmentPurpose purpose, String name, FileType type, long size) {
        return new Attachment(1050L, null, purpose, name, type, size, SHA, KEY, "m.mayor");
    }

    // ---------------------------------------------------------------- safeName

    @ParameterizedTest(name = "\"{0}\" is served as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "C:\\Users\\mayor\\Desktop\\minutes.pdf | PDF  | minutes.pdf",
            "/home/mayor/minutes.pdf                | PDF  | minutes.pdf",
            "../../../etc/passwd                    | PDF  | passwd.pdf",
            "..\\..\\web.xml                        | PDF  | web.pdf",
            "photos/2026/site.jpg                   | JPEG | site.jpg",
            "mixed/path\\to\\photo.png              | PNG  | photo.png"
    })
    void safeNameStripsEveryDirectory(String original, FileType type, String expected) {
        assertEquals(expected, Attachment.safeName(original, type));
    }

    @Test
    void safeNameReplacesControlCharactersQuotesAndSemicolons() {
        assertEquals("minutes_of_march_.pdf", Attachment.safeName("minutes\rof\nmarch\u0000.pdf", FileType.PDF));
        assertEquals("a__ b_ filename=evil.pdf", Attachment.safeName("a\"; b; filename=evil.pdf", FileType.PDF));
        assertEquals("tab_bell_del_.png", Attachment.safeName("tab\tbell\u0007del\u007F.png", FileType.PNG));
    }

    @ParameterizedTest(name = "\"{0}\" as {1} is \"{2}\"")
    @CsvSource({
            "photo.png,        JPEG, photo.jpg",
            "scan.png,         PDF,  scan.pdf",
            "minutes.exe,      PDF,  minutes.pdf",
            "minutes.PDF,      PDF,  minutes.pdf",
            "minutes,          PDF,  minutes.pdf",
            "site.photo.jpeg,  JPEG, site.photo.jpg",
            "archive.tar.gz,   PDF,  archive.tar.pdf",
            "протокол.pdf,     PDF,  протокол.pdf",
            "хаттама,          PNG,  хаттама.png"
    })
    void safeNameForcesTheExtensionOfTheTypeFoundInTheContent(String original, FileType type, String expected) {
        assertEquals(expected, Attachment.safeName(original, type));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "C:\\scans\\", "/tmp/", " / "})
    void aNameWithNothingLeftBecomesFile(String original) {
        assertEquals("file.pdf", Attachment.safeName(original, FileType.PDF));
    }

    @Test
    void safeNameStripsWhitespaceAroundTheName() {
        assertEquals("minutes.pdf", Attachment.safeName("/tmp/  minutes.pdf  ", FileType.PDF));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FileType.class)
    void aLongNameIsCutToTheColumnAndKeepsItsExtension(FileType type) {
        String name = Attachment.safeName("x".repeat(500) + ".pdf", type);

        assertEquals(Attachment.NAME_LENGTH, name.length());
        assertTrue(name.endsWith("x." + type.extension()), name);
    }

    @Test
    void aNameThatFitsIsNotCut() {
        String base = "y".repeat(Attachment.NAME_LENGTH - 4);

        assertEquals(base + ".pdf", Attachment.safeName(base + ".pdf", FileType.PDF));
    }

    @Test
    void aLongNameIsNeverCutInsideACharacter() {
        String name = Attachment.safeName("a".repeat(195) + "\uD83D\uDE00" + ".jpg", FileType.JPEG);

        assertTrue(name.length() <= Attachment.NAME_LENGTH);
        assertFalse(Character.isHighSurrogate(name.charAt(name.length() - 5)), name);
    }

    @Test
    void safeNameReplacesC1ControlCharactersToo() {
        assertEquals("a_b_c.pdf", Attachment.safeName("a\u0085b\u009Bc.pdf", FileType.PDF));
    }

    // ---------------------------------------------------------------- the attachment

    @Test
    void anAttachmentKeepsWhatIsNeededToServeItSafely() {
        Attachment attachment = new Attachment(1050L, 7001L, AttachmentPurpose.DOCUMENT, "C:\\docs\\contract.docx",
                FileType.PDF, 52_000, SHA, KEY, "m.mayor");

        assertEquals(1050L, attachment.getProjectId());
        assertEquals(7001L, attachment.getReportId());
        assertEquals(AttachmentPurpose.DOCUMENT, attachment.getPurpose());
        assertEquals("contract.pdf", attachment.getFileName());
        assertEquals(FileType.PDF, attachment.getType());
        assertEquals(52_000, attachment.getSize());
        assertEquals(SHA, attachment.getSha256());
        assertEquals(KEY, attachment.getStorageKey());
        assertEquals("m.mayor", attachment.getUploadedBy());
    }

    @Test
    void anAttachmentOfAProjectHasNoReport() {
        assertNull(attachment(AttachmentPurpose.MINUTES, "minutes.pdf", FileType.PDF, 1_000).getReportId());
    }

    @ParameterizedTest(name = "{0} bytes is refused")
    @ValueSource(longs = {0, -1, FileType.MAX_BYTES + 1, 50L * 1024 * 1024})
    void anEmptyOrTooLargeFileIsRefused(long size) {
        DomainException refused = assertRefused("project.attachment.size",
                () -> attachment(AttachmentPurpose.MINUTES, "minutes.pdf", FileType.PDF, size));

        assertEquals(List.of(10L), refused.getArguments());
    }

    @ParameterizedTest(name = "{0} bytes is accepted")
    @ValueSource(longs = {1, 1024, FileType.MAX_BYTES})
    void aFileOfOneByteUpToTenMegabytesIsAccepted(long size) {
        assertEquals(size, attachment(AttachmentPurpose.MINUTES, "minutes.pdf", FileType.PDF, size).getSize());
    }

    @Test
    void aPdfIsNotAPhoto() {
        assertRefused("project.attachment.photoType",
                () -> attachment(AttachmentPurpose.PHOTO, "photo.jpg", FileType.PDF, 1_000));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FileType.class, names = {"JPEG", "PNG"})
    void anImageIsAPhoto(FileType type) {
        assertEquals(AttachmentPurpose.PHOTO, attachment(AttachmentPurpose.PHOTO, "site", type, 1_000).getPurpose());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FileType.class)
    void minutesAndDocumentsMayBeOfAnyAcceptedType(FileType type) {
        assertEquals(type, attachment(AttachmentPurpose.MINUTES, "minutes", type, 1_000).getType());
        assertEquals(type, attachment(AttachmentPurpose.DOCUMENT, "document", type, 1_000).getType());
    }

    // ---------------------------------------------------------------- a course's file

    @Test
    void aCourseFileBelongsToTheCourseAndToNoProject() {
        Attachment file = Attachment.ofCourse(301L, "/home/saule/Handout 1.pdf", FileType.PDF, 2_048, SHA, KEY,
                "trainer.saule");

        assertEquals(301L, file.getCourseId());
        assertNull(file.getProjectId());
        assertNull(file.getReportId());
        assertEquals(AttachmentPurpose.DOCUMENT, file.getPurpose());
        assertEquals("Handout 1.pdf", file.getFileName());
        assertEquals("trainer.saule", file.getUploadedBy());
    }

    @Test
    void aProjectFileBelongsToNoCourse() {
        assertNull(attachment(AttachmentPurpose.DOCUMENT, "contract.pdf", FileType.PDF, 1_000).getCourseId());
    }

    @Test
    void aCourseFileKeepsTheSizeLimit() {
        assertRefused("project.attachment.size",
                () -> Attachment.ofCourse(301L, "big.pdf", FileType.PDF, FileType.MAX_BYTES + 1, SHA, KEY, "t"));
    }

    // ---------------------------------------------------------------- an appeal's file

    @Test
    void anAppealFileBelongsToTheAppealAndToNoProjectOrCourse() {
        Attachment file = Attachment.ofAppeal(600L, "C:\\photos\\road.jpg", FileType.JPEG, 4_096, SHA, KEY,
                "resident.zaisan");

        assertEquals(600L, file.getAppealId());
        assertNull(file.getProjectId());
        assertNull(file.getCourseId());
        assertEquals("road.jpg", file.getFileName());
        assertEquals("resident.zaisan", file.getUploadedBy());
    }

    @Test
    void anAppealFileKeepsTheSizeLimit() {
        assertRefused("project.attachment.size",
                () -> Attachment.ofAppeal(600L, "big.png", FileType.PNG, FileType.MAX_BYTES + 1, SHA, KEY, "r"));
    }
}
