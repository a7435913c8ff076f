package org.birge.portal.training.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.export.PdfFonts;
import org.birge.portal.training.domain.Certificate;

/**
 * A certificate as a one-page A4 landscape PDF: the programme, the trainee's name, the course, its dates and
 * hours, the verification code and a QR code of the public verification page. The texts come from the
 * {@code certificate} bundle beside this class, in the reader's language; the font (Liberation Sans, with
 * the Cyrillic and Kazakh letters) is embedded from the OpenPDF fonts library, so nothing depends on the
 * fonts of the server's system.
 */
final class CertificateDocument {

    static final String TEXTS = "org.birge.portal.training.service.certificate";

    private static final Color SKY = new Color(0x0a, 0x7e, 0xa4);
    private static final Color SKY_DARK = new Color(0x07, 0x5a, 0x76);
    private static final Color GOLD = new Color(0xf2, 0xb7, 0x05);
    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    private static final Color LINE = new Color(0xc8, 0xd1, 0xda);
    private static final Color REVOKED = new Color(0xb4, 0x23, 0x18);
    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    /** Pixels per module of the QR code's image: enough for any reader, small once compressed. */
    private static final int QR_SCALE = 8;
    private static final float QR_SIZE = 100;

    private CertificateDocument() {
    }

    static byte[] render(Certificate certificate, String verificationUrl, Language language) {
        Locale locale = language.locale();
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, CertificateDocument.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A4 landscape as its own media box rather than a portrait page turned by /Rotate: every reader agrees.
        Rectangle size = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        Document document = new Document(size, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text(texts, "title") + " " + certificate.getCode());
            document.addSubject(certificate.getCourseCode() + " " + certificate.getCourseTitle());
            document.addAuthor(text(texts, "programme"));
            document.addCreator(text(texts, "programme"));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            float width = size.getWidth();
            float height = size.getHeight();
            float centre = width / 2;

            frame(canvas, width, height);

            // The programme, top left; the certificate's number, top right.
            Chunk brand = new Chunk(text(texts, "programme").toUpperCase(locale),
                    new Font(PdfFonts.BOLD, 20, Font.NORMAL, SKY_DARK)).setCharacterSpacing(4);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(brand), 64, height - 78, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text(texts, "supported"),
                    new Font(PdfFonts.REGULAR, 9.5f, Font.NORMAL, MUTED)), 64, height - 94, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("№ " + certificate.getCode(),
                    new Font(PdfFonts.REGULAR, 9.5f, Font.NORMAL, MUTED)), width - 64, height - 78, 0);

            // Title and the gold rule under it.
            Chunk title = new Chunk(text(texts, "title").toUpperCase(locale),
                    new Font(PdfFonts.BOLD, 34, Font.NORMAL, INK)).setCharacterSpacing(6);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(title), centre, height - 160, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text(texts, "subtitle"),
                    new Font(PdfFonts.REGULAR, 13, Font.NORMAL, MUTED)), centre, height - 183, 0);
            canvas.setColorStroke(GOLD);
            canvas.setLineWidth(1.6f);
            canvas.moveTo(centre - 48, height - 197);
            canvas.lineTo(centre + 48, height - 197);
            canvas.stroke();

            // Who, and what they completed.
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text(texts, "certifies"),
                    new Font(PdfFonts.REGULAR, 12, Font.NORMAL, MUTED)), centre, height - 228, 0);
            float nameSize = fit(certificate.getTraineeName(), PdfFonts.BOLD, 32, width - 200);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(certificate.getTraineeName(),
                    new Font(PdfFonts.BOLD, nameSize, Font.NORMAL, INK)), centre, height - 270, 0);
            canvas.setColorStroke(LINE);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(centre - 220, height - 283);
            canvas.lineTo(centre + 220, height - 283);
            canvas.stroke();
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text(texts, "completed"),
                    new Font(PdfFonts.REGULAR, 12, Font.NORMAL, MUTED)), centre, height - 305, 0);
            ColumnText course = new ColumnText(canvas);
            course.setSimpleColumn(new Phrase(text(texts, "course", certificate.getCourseTitle()),
                            new Font(PdfFonts.BOLD, 19, Font.NORMAL, SKY_DARK)), 110, height - 378, width - 110,
                    height - 312, 23, Element.ALIGN_CENTER);
            course.go();
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text(texts, "courseCode",
                    certificate.getCourseCode()), new Font(PdfFonts.REGULAR, 10, Font.NORMAL, MUTED)), centre,
                    course.getYLine() - 16, 0);

            // What the certificate states, bottom left.
            Font label = new Font(PdfFonts.REGULAR, 9.5f, Font.NORMAL, MUTED);
            Font value = new Font(PdfFonts.BOLD, 11.5f, Font.NORMAL, INK);
            float x = 70;
            float y = 150;
            String[][] facts = {
                {text(texts, "dates"), text(texts, "dateRange", dates.format(certificate.getFirstDay()),
                        dates.format(certificate.getLastDay()))},
                {text(texts, "hours"), hours(texts, certificate.getHours())},
                {text(texts, "issuedOn"), dates.format(certificate.getIssuedOn())},
            };
            for (String[] fact : facts) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(fact[0], label), x, y, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(fact[1], value), x, y - 14, 0);
                y -= 36;
            }

            // The code and the QR code of the verification page, bottom right.
            float qrX = width - 70 - QR_SIZE;
            float qrY = 62;
            Image qr = qrCode(verificationUrl);
            qr.scaleAbsolute(QR_SIZE, QR_SIZE);
            qr.setAbsolutePosition(qrX, qrY);
            canvas.addImage(qr);
            float right = qrX - 14;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(text(texts, "code"), label), right,
                    qrY + 78, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(certificate.getCode(),
                    new Font(PdfFonts.MONO, 15, Font.NORMAL, INK)), right, qrY + 58, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(text(texts, "verifyAt"), label), right,
                    qrY + 30, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(verificationUrl,
                    new Font(PdfFonts.REGULAR, 8.5f, Font.NORMAL, SKY_DARK)), right, qrY + 16, 0);

            if (!certificate.isValid()) {
                revokedStamp(canvas, texts, dates, certificate, width, height);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate " + certificate.getId() + " cannot be rendered", e);
        }
        return out.toByteArray();
    }

    private static void frame(PdfContentByte canvas, float width, float height) {
        canvas.setColorStroke(SKY);
        canvas.setLineWidth(3);
        canvas.rectangle(20, 20, width - 40, height - 40);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(28, 28, width - 56, height - 56);
        canvas.stroke();
        // A band of the programme's colours along the top edge of the inner frame.
        canvas.setColorFill(SKY);
        canvas.rectangle(28, height - 40, width - 56, 12);
        canvas.fill();
    }

    /** A certificate revoked after it was issued says so across the page, in red. */
    private static void revokedStamp(PdfContentByte canvas, ResourceBundle texts, DateTimeFormatter dates,
                                     Certificate certificate, float width, float height) {
        String on = dates.format(certificate.getRevokedAt().atZone(KAZAKHSTAN).toLocalDate());
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.22f);
        canvas.saveState();
        canvas.setGState(translucent);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text(texts, "revoked").toUpperCase(),
                new Font(PdfFonts.BOLD, 76, Font.NORMAL, REVOKED)), width / 2, height / 2 - 40, 18);
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text(texts, "revokedOn", on),
                new Font(PdfFonts.BOLD, 11, Font.NORMAL, REVOKED)), width / 2, 44, 0);
    }

    /** The QR code of {@code url} as a grey-scale image, with a quiet zone of two modules. */
    static Image qrCode(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int side = matrix.getWidth() * QR_SCALE;
            byte[] pixels = new byte[side * side];
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    pixels[y * side + x] = matrix.get(x / QR_SCALE, y / QR_SCALE) ? 0 : (byte) 0xff;
                }
            }
            return Image.getInstance(side, side, 1, 8, pixels);
        } catch (WriterException | DocumentException e) {
            throw new IllegalStateException("No QR code for " + url, e);
        }
    }

    /** The largest size up to {@code size} at which {@code text} fits {@code maxWidth}. */
    private static float fit(String text, BaseFont font, float size, float maxWidth) {
        float width = font.getWidthPoint(text, size);
        return width <= maxWidth ? size : Math.max(14, size * maxWidth / width);
    }

    private static String hours(ResourceBundle texts, int hours) {
        return text(texts, "hours." + plural(texts.getLocale(), hours), hours);
    }

    /** The plural form of a number in the three languages: Russian has three, English two, Kazakh one. */
    static String plural(Locale locale, int n) {
        if ("ru".equals(locale.getLanguage())) {
            if (n % 10 == 1 && n % 100 != 11) {
                return "one";
            }
            return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? "few" : "many";
        }
        return n == 1 ? "one" : "many";
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, texts.getLocale()).format(arguments);
    }
}
