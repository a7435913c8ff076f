package org.birge.portal.report.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.birge.portal.report.service.QuarterlyReport.Budget;
import org.birge.portal.report.service.QuarterlyReport.CourseTraining;
import org.birge.portal.report.service.QuarterlyReport.Feedback;
import org.birge.portal.report.service.QuarterlyReport.IndicatorGroup;
import org.birge.portal.report.service.QuarterlyReport.IndicatorResult;
import org.birge.portal.report.service.QuarterlyReport.MissingReport;
import org.birge.portal.report.service.QuarterlyReport.ProjectBudget;
import org.birge.portal.report.service.QuarterlyReport.RegionBudget;
import org.birge.portal.report.service.QuarterlyReport.RegionFeedback;
import org.birge.portal.report.service.QuarterlyReport.Risk;
import org.birge.portal.report.service.QuarterlyReport.Training;
import org.birge.portal.shared.service.export.PdfFonts;

/**
 * The quarterly report as an A4 landscape PDF: a cover page (programme, quarter and its dates, when and by
 * whom it was generated, the key figures and the contents), then one section per part of the report with
 * headed tables, a running header and page numbers. The font (Liberation Sans, with the Cyrillic and Kazakh
 * letters) is embedded from the OpenPDF fonts library, as on the certificates.
 */
public final class QuarterlyReportPdf {

    private static final Color SKY = new Color(0x0a, 0x7e, 0xa4);
    private static final Color SKY_DARK = new Color(0x07, 0x5a, 0x76);
    private static final Color GOLD = new Color(0xf2, 0xb7, 0x05);
    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    private static final Color LINE = new Color(0xc8, 0xd1, 0xda);
    private static final Color STRIPE = new Color(0xf3, 0xf6, 0xf9);
    private static final Color TOTAL = new Color(0xe3, 0xee, 0xf3);
    private static final float MARGIN = 40;

    private final Font body = new Font(PdfFonts.REGULAR, 8.5f, Font.NORMAL, INK);
    private final Font bold = new Font(PdfFonts.BOLD, 8.5f, Font.NORMAL, INK);
    private final Font head = new Font(PdfFonts.BOLD, 7.5f, Font.NORMAL, Color.WHITE);
    private final Font note = new Font(PdfFonts.REGULAR, 8f, Font.NORMAL, MUTED);
    private final Font h1 = new Font(PdfFonts.BOLD, 16, Font.NORMAL, SKY_DARK);
    private final Font h2 = new Font(PdfFonts.BOLD, 11.5f, Font.NORMAL, INK);

    /** Writes the report in the language of {@code locale} (kk, ru or en) to {@code out}, which stays open. */
    public void write(QuarterlyReport report, Locale locale, OutputStream out) {
        ReportTexts t = new ReportTexts(locale);
        Rectangle size = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        Document document = new Document(size, MARGIN, MARGIN, MARGIN + 18, MARGIN + 10);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            String title = t.text("title") + " — " + report.quarter().label();
            document.addTitle(title);
            document.addSubject(t.text("supported"));
            document.addAuthor(report.generatedBy());
            document.addCreator(t.text("programme"));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(t.language().code()));
            writer.setPageEvent(new Frame(t, report));
            document.open();
            cover(document, writer, report, t);
            document.newPage();
            results(document, report, t);
            document.newPage();
            budget(document, report, t);
            document.newPage();
            training(document, report, t);
            document.newPage();
            feedback(document, report, t);
            document.newPage();
            risks(document, report, t);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report cannot be written", e);
        }
    }

    /** The running header and the page number, on every page but the cover. */
    private final class Frame extends PdfPageEventHelper {
        private final ReportTexts t;
        private final QuarterlyReport report;

        Frame(ReportTexts t, QuarterlyReport report) {
            this.t = t;
            this.report = report;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page == 1) {
                return;
            }
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle box = document.getPageSize();
            float top = box.getHeight() - MARGIN + 8;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(t.text("programme").toUpperCase(
                    t.locale()) + "  ·  " + t.text("title"), new Font(PdfFonts.BOLD, 8, Font.NORMAL, SKY_DARK)),
                    MARGIN, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(report.quarter().label() + "  ("
                    + ReportTexts.DATE.format(report.quarter().firstDay()) + "–"
                    + ReportTexts.DATE.format(report.quarter().lastDay()) + ")", note),
                    box.getWidth() - MARGIN, top, 0);
            canvas.setColorStroke(LINE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(MARGIN, top - 5);
            canvas.lineTo(box.getWidth() - MARGIN, top - 5);
            canvas.stroke();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(t.text("generatedAt") + " "
                    + t.instant(report.generatedAt()) + " · " + report.generatedBy(), note), MARGIN, MARGIN - 14, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(t.text("page", page), note),
                    box.getWidth() - MARGIN, MARGIN - 14, 0);
        }
    }

    private void cover(Document document, PdfWriter writer, QuarterlyReport report, ReportTexts t)
            throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle box = document.getPageSize();
        canvas.setColorFill(SKY_DARK);
        canvas.rectangle(0, box.getHeight() - 14, box.getWidth(), 14);
        canvas.fill();
        canvas.setColorFill(GOLD);
        canvas.rectangle(0, box.getHeight() - 18, box.getWidth(), 4);
        canvas.fill();

        Paragraph brand = new Paragraph(new Chunk(t.text("programme").toUpperCase(t.locale()),
                new Font(PdfFonts.BOLD, 20, Font.NORMAL, SKY_DARK)).setCharacterSpacing(4));
        document.add(brand);
        document.add(new Paragraph(t.text("supported"), new Font(PdfFonts.REGULAR, 10, Font.NORMAL, MUTED)));
        Paragraph title = new Paragraph(t.text("title"), new Font(PdfFonts.BOLD, 28, Font.NORMAL, INK));
        title.setSpacingBefore(30);
        document.add(title);
        Paragraph subtitle = new Paragraph(t.text("subtitle"), new Font(PdfFonts.REGULAR, 13, Font.NORMAL, MUTED));
        subtitle.setSpacingBefore(4);
        document.add(subtitle);
        Paragraph quarter = new Paragraph(report.quarter().label(), new Font(PdfFonts.BOLD, 34, Font.NORMAL, SKY));
        quarter.setSpacingBefore(14);
        document.add(quarter);
        Paragraph period = new Paragraph(t.period(report.quarter()), new Font(PdfFonts.REGULAR, 13, Font.NORMAL, INK));
        period.setSpacingBefore(6);
        document.add(period);

        PdfPTable facts = new PdfPTable(new float[] {1.3f, 3});
        facts.setWidthPercentage(55);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        facts.setSpacingBefore(12);
        fact(facts, t.text("generatedAt"), t.instant(report.generatedAt()));
        fact(facts, t.text("generatedBy"), report.generatedBy());
        document.add(facts);

        Paragraph keyTitle = new Paragraph(t.text("keyFigures"), h2);
        keyTitle.setSpacingBefore(16);
        document.add(keyTitle);
        Budget b = report.budgetTotal();
        String[][] keys = {
            {t.text("key.projects"), t.number(b.projects())},
            {t.text("key.approved"), t.tenge(b.approved())},
            {t.text("key.disbursedInQuarter"), t.tenge(b.disbursedInQuarter())},
            {t.text("key.disbursedToDate"), t.tenge(b.disbursedToDate())},
            {t.text("key.sessions"), t.number(report.training().sessions())},
            {t.text("key.trained"), t.number(report.training().trained())},
            {t.text("key.received"), t.number(report.feedbackTotal().received())},
            {t.text("key.onTime"), t.oneDecimal(report.feedbackTotal().onTimeShare())},
        };
        PdfPTable cards = new PdfPTable(4);
        cards.setWidthPercentage(100);
        cards.setSpacingBefore(8);
        for (String[] key : keys) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(LINE);
            cell.setBorderWidth(0.6f);
            cell.setPadding(6);
            cell.setPaddingBottom(8);
            Paragraph value = new Paragraph(key[1], new Font(PdfFonts.BOLD, 15, Font.NORMAL, SKY_DARK));
            cell.addElement(value);
            cell.addElement(new Paragraph(key[0], note));
            cards.addCell(cell);
        }
        document.add(cards);

        Paragraph contents = new Paragraph(t.text("contents") + ":  " + String.join("   ·   ",
                t.text("section.results"), t.text("section.budget"), t.text("section.training"),
                t.text("section.feedback"), t.text("section.risks")), note);
        contents.setSpacingBefore(12);
        document.add(contents);
        Paragraph source = new Paragraph(t.text("source"), note);
        source.setSpacingBefore(4);
        document.add(source);
    }

    private void fact(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, new Font(PdfFonts.REGULAR, 10, Font.NORMAL, MUTED)));
        PdfPCell v = new PdfPCell(new Phrase(value, new Font(PdfFonts.BOLD, 10, Font.NORMAL, INK)));
        for (PdfPCell c : List.of(l, v)) {
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(LINE);
            c.setPadding(4);
            table.addCell(c);
        }
    }

    private void results(Document document, QuarterlyReport report, ReportTexts t) throws DocumentException {
        section(document, t.text("section.results"));
        Heading above1 = new Heading(t.text("results.byDefinition"), t.text("results.byDefinitionNote"));
        List<String[]> groups = new ArrayList<>();
        for (IndicatorGroup g : report.indicatorGroups()) {
            groups.add(new String[] {g.name(), g.unit(), t.number(g.projects()), t.decimal(g.baseline()),
                t.decimal(g.target()), t.decimal(g.achieved()), t.oneDecimal(g.progress()),
                t.number(g.reportedInQuarter())});
        }
        table(document, t, above1, new String[] {t.text("col.indicator"), t.text("col.unit"), t.text("col.projects"),
            t.text("col.baseline"), t.text("col.target"), t.text("col.achieved"), t.text("col.progress"),
            t.text("col.reportedInQuarter")}, new float[] {5, 1.4f, 1, 1.3f, 1.3f, 1.3f, 1.2f, 1.4f}, 2, groups,
                null);
        Heading above2 = new Heading(t.text("results.byProject"), t.text("results.byProjectNote"));
        List<String[]> rows = new ArrayList<>();
        for (IndicatorResult i : report.indicators()) {
            rows.add(new String[] {i.project(), t.name(i.district()), i.name(), i.unit(), t.decimal(i.baseline()),
                t.decimal(i.target()), t.decimal(i.inQuarter()), t.decimal(i.achieved()),
                i.achievedIn() == null ? "—" : i.achievedIn(), t.oneDecimal(i.progress())});
        }
        table(document, t, above2, new String[] {t.text("col.project"), t.text("col.district"), t.text("col.indicator"),
            t.text("col.unit"), t.text("col.baseline"), t.text("col.target"), t.text("col.inQuarter"),
            t.text("col.achieved"), t.text("col.achievedIn"), t.text("col.progress")},
                new float[] {3.1f, 1.5f, 3.4f, 1.1f, 1.1f, 1.1f, 1.1f, 1.3f, 1, 1.1f}, 4, rows, null);
    }

    private void budget(Document document, QuarterlyReport report, ReportTexts t) throws DocumentException {
        section(document, t.text("section.budget"));
        Paragraph n = new Paragraph(t.text("budget.note"), note);
        n.setSpacingAfter(4);
        document.add(n);
        Heading above3 = new Heading(t.text("budget.byRegion"), null);
        List<String[]> rows = new ArrayList<>();
        for (RegionBudget r : report.regions()) {
            rows.add(money(t, t.name(r.name()), null, r.budget()));
        }
        String[] moneyHeads = {t.amountHead("col.totalCost"), t.amountHead("col.approved"),
            t.amountHead("col.approvedInQuarter"), t.amountHead("col.spentInQuarter"), t.amountHead("col.spentToDate"),
            t.amountHead("col.disbursedInQuarter"), t.amountHead("col.disbursedToDate"), t.text("col.disbursedShare")};
        table(document, t, above3, concat(new String[] {t.text("col.region"), t.text("col.projects")}, moneyHeads),
                new float[] {2.2f, 0.9f, 1.4f, 1.45f, 1.4f, 1.4f, 1.45f, 1.4f, 1.45f, 1.05f}, 1, rows,
                money(t, t.text("total"), null, report.budgetTotal()));
        Heading above4 = new Heading(t.text("budget.byProject"), null);
        rows = new ArrayList<>();
        for (ProjectBudget p : report.projects()) {
            rows.add(money(t, p.title(), t.name(p.district()) + ", " + t.name(p.region()) + "\n"
                    + t.text("status." + p.status().name()), p.budget()));
        }
        String[] projectRow = money(t, t.text("total"), "", report.budgetTotal());
        table(document, t, above4, concat(new String[] {t.text("col.project"), t.text("col.district") + " / "
            + t.text("col.status")}, moneyHeads), new float[] {2.6f, 1.8f, 1.4f, 1.45f, 1.4f, 1.4f, 1.45f, 1.4f, 1.45f, 1.05f}, 2, rows, projectRow);
    }

    /** A row of money: the name, the second column (project count, or the place), and the eight figures. */
    private static String[] money(ReportTexts t, String name, String second, Budget b) {
        return new String[] {name, second == null ? t.number(b.projects()) : second, t.number(b.totalCost()),
            t.number(b.approved()), t.number(b.approvedInQuarter()), t.number(b.spentInQuarter()),
            t.number(b.spentToDate()), t.number(b.disbursedInQuarter()), t.number(b.disbursedToDate()),
            t.oneDecimal(b.disbursedShare())};
    }

    private void training(Document document, QuarterlyReport report, ReportTexts t) throws DocumentException {
        section(document, t.text("section.training"));
        Paragraph n = new Paragraph(t.text("training.note"), note);
        n.setSpacingAfter(4);
        document.add(n);
        Training s = report.training();
        List<String[]> summary = List.of(
                new String[] {t.text("training.sessions"), t.number(s.sessions())},
                new String[] {t.text("training.participants"), t.number(s.participants())},
                new String[] {t.text("training.completed"), t.number(s.completed())},
                new String[] {t.text("training.trained"), t.number(s.trained())},
                new String[] {t.text("training.certificates"), t.number(s.certificates())},
                new String[] {t.text("training.attendance"), t.oneDecimal(s.attendanceRate())},
                new String[] {t.text("training.completion"), t.oneDecimal(s.completionRate())},
                new String[] {t.text("training.evaluations"), t.number(s.evaluations())},
                new String[] {t.text("training.usefulness"), t.oneDecimal(s.averageUsefulness())},
                new String[] {t.text("training.trainers"), t.oneDecimal(s.averageTrainerRating())},
                new String[] {t.text("training.organisation"), t.oneDecimal(s.averageOrganisation())});
        Heading above5 = new Heading(t.text("training.summary"), null);
        PdfPTable table = build(t, above5, new String[] {t.text("col.figure"), t.text("col.value")}, new float[] {3, 1}, 1,
                summary, null);
        table.setWidthPercentage(45);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        document.add(table);
        Heading above6 = new Heading(t.text("training.byCourse"), null);
        List<String[]> rows = new ArrayList<>();
        for (CourseTraining c : report.courses()) {
            Training f = c.training();
            rows.add(new String[] {c.code(), c.title(), t.number(f.sessions()), t.number(f.participants()),
                t.number(f.completed()), t.number(f.certificates()), t.oneDecimal(f.attendanceRate()),
                t.oneDecimal(f.averageUsefulness()), t.oneDecimal(f.averageTrainerRating()),
                t.oneDecimal(f.averageOrganisation())});
        }
        table(document, t, above6, new String[] {t.text("col.code"), t.text("col.course"), t.text("training.sessions"),
            t.text("training.participants"), t.text("training.completed"), t.text("training.certificates"),
            t.text("training.attendance"), t.text("training.usefulness"), t.text("training.trainers"),
            t.text("training.organisation")}, new float[] {1.1f, 2.6f, 1.1f, 1.15f, 1.1f, 1.25f, 1.25f, 1.15f, 1.1f, 1.2f},
                2, rows, null);
    }

    private void feedback(Document document, QuarterlyReport report, ReportTexts t) throws DocumentException {
        section(document, t.text("section.feedback"));
        Paragraph n = new Paragraph(t.text("feedback.note"), note);
        n.setSpacingAfter(4);
        document.add(n);
        Heading above7 = new Heading(t.text("feedback.byRegion"), null);
        List<String[]> rows = new ArrayList<>();
        for (RegionFeedback r : report.feedback()) {
            rows.add(feedbackRow(t, t.name(r.name()), r.feedback()));
        }
        table(document, t, above7, new String[] {t.text("col.region"), t.text("col.received"), t.text("col.answered"),
            t.text("col.onTime"), t.text("col.satisfied"), t.text("col.avgDays"), t.text("col.polls"),
            t.text("col.votes"), t.text("col.onTimeToDate"), t.text("col.satisfiedToDate")},
                new float[] {2.0f, 1.2f, 1.1f, 1.1f, 1.35f, 1.3f, 1, 1, 1.35f, 1.4f}, 1, rows,
                feedbackRow(t, t.text("total"), report.feedbackTotal()));
    }

    private static String[] feedbackRow(ReportTexts t, String name, Feedback f) {
        return new String[] {name, t.number(f.received()), t.number(f.answered()), t.oneDecimal(f.onTimeShare()),
            t.oneDecimal(f.satisfiedShare()), t.oneDecimal(f.averageDays()), t.number(f.polls()),
            t.number(f.votes()), t.oneDecimal(f.onTimeToDate()), t.oneDecimal(f.satisfiedToDate())};
    }

    private void risks(Document document, QuarterlyReport report, ReportTexts t) throws DocumentException {
        section(document, t.text("section.risks"));
        Heading above8 = new Heading(t.text("risks.reports"), null);
        List<String[]> rows = new ArrayList<>();
        for (Risk r : report.risks()) {
            rows.add(new String[] {r.project(), t.name(r.district()) + ", " + t.name(r.region()),
                t.text("report." + r.status().name()), r.issues() == null ? t.text("risks.noIssues") : r.issues()});
        }
        table(document, t, above8, new String[] {t.text("col.project"), t.text("col.district"), t.text("col.reportStatus"),
            t.text("col.issues")}, new float[] {3, 2, 1.5f, 7.5f}, 99, rows, null);
        Heading above9 = new Heading(t.text("risks.missing"), null);
        rows = new ArrayList<>();
        for (MissingReport m : report.missingReports()) {
            rows.add(new String[] {m.project(), t.name(m.district()), t.name(m.region())});
        }
        table(document, t, above9, new String[] {t.text("col.project"), t.text("col.district"), t.text("col.region")},
                new float[] {5, 2, 2}, 99, rows, null);
    }

    private void section(Document document, String title) throws DocumentException {
        Paragraph p = new Paragraph(title, h1);
        p.setSpacingAfter(6);
        document.add(p);
    }

    /** The title of a table, and what its figures mean, kept on the page of the table's first rows. */
    private record Heading(String title, String explanation) {
    }

    /** A table under its heading, or the heading and the "no records" line when there are no rows. */
    private void table(Document document, ReportTexts t, Heading heading, String[] heads, float[] widths,
                       int firstNumber, List<String[]> rows, String[] total) throws DocumentException {
        if (rows.isEmpty()) {
            Paragraph p = new Paragraph(heading.title(), h2);
            p.setSpacingBefore(10);
            document.add(p);
            document.add(new Paragraph(t.text("none"), note));
            return;
        }
        document.add(build(t, heading, heads, widths, firstNumber, rows, total));
    }

    /**
     * The heading's rows and the column heads repeat on each page the table runs over, so a heading never
     * stands alone at the foot of a page. Columns from {@code firstNumber} on are figures, aligned right.
     */
    private PdfPTable build(ReportTexts t, Heading heading, String[] heads, float[] widths, int firstNumber,
                            List<String[]> rows, String[] total) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(6);
        PdfPCell title = new PdfPCell(new Phrase(heading.title(), h2));
        title.setColspan(heads.length);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingLeft(0);
        title.setPaddingBottom(heading.explanation() == null ? 5 : 1);
        table.addCell(title);
        int headerRows = 2;
        if (heading.explanation() != null) {
            PdfPCell explanation = new PdfPCell(new Phrase(heading.explanation(), note));
            explanation.setColspan(heads.length);
            explanation.setBorder(Rectangle.NO_BORDER);
            explanation.setPaddingLeft(0);
            explanation.setPaddingBottom(5);
            table.addCell(explanation);
            headerRows = 3;
        }
        for (int c = 0; c < heads.length; c++) {
            PdfPCell cell = new PdfPCell(new Phrase(heads[c], head));
            cell.setBackgroundColor(SKY_DARK);
            cell.setBorderColor(SKY_DARK);
            cell.setPadding(4);
            cell.setHorizontalAlignment(c >= firstNumber ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(cell);
        }
        table.setHeaderRows(headerRows);
        // A short table moves whole to the next page rather than leaving a row or its total behind.
        table.setKeepTogether(rows.size() <= 25);
        int n = 0;
        for (String[] row : rows) {
            addRow(table, row, firstNumber, body, n++ % 2 == 1 ? STRIPE : Color.WHITE);
        }
        if (total != null) {
            addRow(table, total, firstNumber, bold, TOTAL);
        }
        return table;
    }

    private static void addRow(PdfPTable table, String[] row, int firstNumber, Font font, Color fill) {
        for (int c = 0; c < row.length; c++) {
            PdfPCell cell = new PdfPCell(new Phrase(row[c] == null ? "" : row[c], font));
            cell.setBackgroundColor(fill);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(LINE);
            cell.setBorderWidth(0.5f);
            cell.setPadding(3.5f);
            cell.setHorizontalAlignment(c >= firstNumber ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
