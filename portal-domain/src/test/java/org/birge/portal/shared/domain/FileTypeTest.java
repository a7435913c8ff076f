package org.birge.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileTypeTest {

    /** The first bytes of a PDF 1.7 file as a scanner writes it. */
    private static final byte[] PDF = padded("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj".getBytes(
            StandardCharsets.ISO_8859_1));
    /** The first bytes of a JPEG from a phone: SOI, then an APP1 (Exif) marker. */
    private static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x2F, 0xFE, 'E', 'x', 'i', 'f', 0, 0);
    /** The first bytes of a PNG: the signature, then the IHDR chunk. */
    private static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D,
            'I', 'H', 'D', 'R');

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** {@code head} followed by more of the file, as an upload's first bytes are. */
    private static byte[] padded(byte[] head) {
        return Arrays.copyOf(head, head.length + 64);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("PDF", PDF, FileType.PDF),
                Arguments.of("JPEG", JPEG, FileType.JPEG),
                Arguments.of("PNG", PNG, FileType.PNG),
                Arguments.of("the bare PDF signature", ascii("%PDF-"), FileType.PDF),
                Arguments.of("the bare JPEG signature", bytes(0xFF, 0xD8, 0xFF), FileType.JPEG),
                Arguments.of("the bare PNG signature", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'),
                        FileType.PNG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void detectRecognisesAFileByItsFirstBytes(String name, byte[] head, FileType expected) {
        assertEquals(Optional.of(expected), FileType.detect(head));
    }

    @Test
    void aPdfNamedLikeAPngIsAPdfForTheContentDecides() {
        // What a browser uploads as "photo.png" with the type image/png, but is a PDF.
        byte[] uploadedAsPhotoPng = PDF.clone();

        assertEquals(Optional.of(FileType.PDF), FileType.detect(uploadedAsPhotoPng));
        assertFalse(FileType.detect(uploadedAsPhotoPng).orElseThrow().isImage());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("an empty array", new byte[0]),
                Arguments.of("an HTML page", ascii("<!DOCTYPE html><html><script>alert(1)</script></html>")),
                Arguments.of("an HTML page that mentions PDF", ascii("<html>%PDF-1.7</html>")),
                Arguments.of("an SVG image", ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
                Arguments.of("a GIF image", ascii("GIF89a\u0001\u0000")),
                Arguments.of("a Word document (a ZIP)", bytes('P', 'K', 3, 4, 20, 0, 6, 0)),
                Arguments.of("a Windows program", bytes('M', 'Z', 0x90, 0, 3, 0)),
                Arguments.of("a PDF behind a blank line", ascii("\n%PDF-1.7")),
                Arguments.of("a lower-case pdf signature", ascii("%pdf-1.7")),
                Arguments.of("a cut-off PDF signature", ascii("%PDF")),
                Arguments.of("a cut-off JPEG signature", bytes(0xFF, 0xD8)),
                Arguments.of("a cut-off PNG signature", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A)),
                Arguments.of("PNG without its first byte", ascii("PNG\r\n\u001A\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void detectFindsNoTypeForAnythingElse(String name, byte[] head) {
        assertEquals(Optional.empty(), FileType.detect(head));
    }

    @Test
    void detectFindsNoTypeForNoContent() {
        assertEquals(Optional.empty(), FileType.detect(null));
    }

    @Test
    void eachTypeHasItsMediaTypeAndExtension() {
        assertEquals("application/pdf", FileType.PDF.mediaType());
        assertEquals("pdf", FileType.PDF.extension());
        assertEquals("image/jpeg", FileType.JPEG.mediaType());
        assertEquals("jpg", FileType.JPEG.extension());
        assertEquals("image/png", FileType.PNG.mediaType());
        assertEquals("png", FileType.PNG.extension());
    }

    @Test
    void jpegAndPngAreImagesAndPdfIsNot() {
        assertTrue(FileType.JPEG.isImage());
        assertTrue(FileType.PNG.isImage());
        assertFalse(FileType.PDF.isImage());
    }

    @Test
    void theLargestFileIsTenMegabytes() {
        assertEquals(10_485_760L, FileType.MAX_BYTES);
    }
}
