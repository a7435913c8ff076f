package org.birge.portal.shared.service.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the portal's PDFs: Liberation Sans, with the Cyrillic and Kazakh letters, embedded from the
 * OpenPDF fonts library so that nothing depends on the server's system fonts. Read once.
 */
public final class PdfFonts {

    public static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    public static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    /** For codes that must read unambiguously, such as a certificate's. */
    public static final BaseFont MONO = load("LiberationMono-Bold.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is not on the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The font " + file + " cannot be read", e);
        }
    }
}
