package org.birge.portal.project.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.PdfFonts;

/**
 * A project's fact sheet, one or two A4 pages: title, place, state, dates, the money (requested, approved,
 * disbursed), indicators with their targets and progress, milestones and open tasks, where the idea came
 * from, and the day it was generated. Texts in the reader's language; dates dd.MM.yyyy; amounts in tenge with
 * the grouping of the reader's language.
 */
final class FactSheetDocument {

    /** Where the project came from: appeals whose answer points to it, the poll it was chosen in. */
    record Feedback(long appeals, String pollQuestion) {
    }

    private static final Color SKY_DARK = new Color(0x07, 0x5a, 0x76);
    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    private static final Color BAND = new Color(0xe8, 0xf3, 0xf7);
    private static final Color LINE = new Color(0xc8, 0xd1, 0xda);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    private final ExportLabels labels;
    private final NumberFormat numbers;
    private final Font title = new Font(PdfFonts.BOLD, 18, Font.NORMAL, INK);
    private final Font heading = new Font(PdfFonts.BOLD, 12, Font.NORMAL, SKY_DARK);
    private final Font label = new Font(PdfFonts.REGULAR, 9, Font.NORMAL, MUTED);
    private final Font value = new Font(PdfFonts.REGULAR, 10, Font.NORMAL, INK);
    private final Font strong = new Font(PdfFonts.BOLD, 10, Font.NORMAL, INK);

    private FactSheetDocument(ExportLabels labels) {
        this.labels = labels;
        this.numbers = NumberFormat.getNumberInstance(labels.locale());
        numbers.setMaximumFractionDigits(2);
    }

    static byte[] render(ProjectView view, Feedback feedback, boolean withTasks, ExportLabels labels,
                         LocalDate today) {
        return new FactSheetDocument(labels).write(view, feedback, withTasks, today);
    }

    private byte[] write(ProjectView view, Feedback feedback, boolean withTasks, LocalDate today) {
        ProjectView.Header h = view.header();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(h.title());
            document.addSubject(t("factsheet.title"));
            document.addCreator(t("factsheet.programme"));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.language().code()));
            document.open();

            Paragraph brand = new Paragraph(t("factsheet.programme").toUpperCase(labels.locale()) + " · "
                    + t("factsheet.title"), new Font(PdfFonts.BOLD, 9, Font.NORMAL, SKY_DARK));
            document.add(brand);
            Paragraph name = new Paragraph(h.title(), title);
            name.setSpacingBefore(6);
            name.setSpacingAfter(8);
            document.add(name);

            PdfPTable facts = table(2, new float[] {1, 2});
            fact(facts, t("factsheet.reference"), h.reference());
            fact(facts, t("org.district"), h.district().in(labels.language()) + ", "
                    + h.region().in(labels.language()));
            fact(facts, t("org.status"), t("project.status." + h.status()) + " · " + t("project.step." + h.stepCode()));
            fact(facts, t("project.call"), h.callTitle());
            fact(facts, t("factsheet.submitted"), h.submittedAt() == null ? "—"
                    : DATE.format(h.submittedAt().atZone(KAZAKHSTAN)));
            if (h.peopleReached() != null) {
                fact(facts, t("factsheet.peopleReached"), numbers.format(h.peopleReached()));
            }
            document.add(facts);

            section(document, t("factsheet.money"));
            PdfPTable money = table(2, new float[] {2, 1});
            amount(money, t("project.totalCost"), h.totalCost());
            amount(money, t("project.grantRequested"), h.grantRequested());
            amount(money, t("project.grantApproved"), h.grantApproved());
            amount(money, t("factsheet.disbursed"), h.spent());
            cell(money, t("factsheet.spentShare"), label, Element.ALIGN_LEFT);
            cell(money, h.spentPercent() + " %", strong, Element.ALIGN_RIGHT);
            document.add(money);

            section(document, t("project.tab.indicators"));
            if (view.indicators().isEmpty()) {
                document.add(new Paragraph(t("factsheet.none"), label));
            } else {
                PdfPTable indicators = table(5, new float[] {3, 1.2f, 1.2f, 1.2f, 1});
                head(indicators, true, t("factsheet.indicator"), t("factsheet.baseline"), t("factsheet.target"),
                        t("factsheet.latest"), t("factsheet.progress"));
                for (ProjectView.Measure m : view.indicators()) {
                    cell(indicators, m.name() + (m.unit() == null ? "" : ", " + m.unit()), value, Element.ALIGN_LEFT);
                    cell(indicators, number(m.baseline()), value, Element.ALIGN_RIGHT);
                    cell(indicators, number(m.target()), value, Element.ALIGN_RIGHT);
                    BigDecimal latest = m.finalValue() != null ? m.finalValue() : m.latest();
                    cell(indicators, latest == null ? "—" : number(latest), value, Element.ALIGN_RIGHT);
                    cell(indicators, progress(m.baseline(), m.target(), latest), strong, Element.ALIGN_RIGHT);
                }
                document.add(indicators);
            }

            section(document, t("project.tab.milestones"));
            if (view.milestones().isEmpty()) {
                document.add(new Paragraph(t("factsheet.none"), label));
            } else {
                long reached = view.milestones().stream().filter(s -> s.reachedOn() != null).count();
                long late = view.milestones().stream().filter(ProjectView.Step::late).count();
                document.add(new Paragraph(f("factsheet.milestonesSummary", reached, view.milestones().size(), late), value));
                PdfPTable steps = table(3, new float[] {4, 1.3f, 1.7f});
                head(steps, false, t("factsheet.milestone"), t("factsheet.due"), t("org.status"));
                for (ProjectView.Step s : view.milestones()) {
                    cell(steps, s.title(), value, Element.ALIGN_LEFT);
                    cell(steps, DATE.format(s.dueOn()), value, Element.ALIGN_LEFT);
                    String state = t("project.milestone." + s.status())
                            + (s.reachedOn() != null ? " " + DATE.format(s.reachedOn()) : "")
                            + (s.late() ? " (" + t("project.milestone.late") + ")" : "");
                    cell(steps, state, s.late() ? strong : value, Element.ALIGN_LEFT);
                }
                document.add(steps);
            }
            if (withTasks) {
                long overdue = view.tasks().stream().filter(TaskRow::isOverdue).count();
                Paragraph tasks = new Paragraph(f("factsheet.tasksSummary", view.tasks().size(), overdue),
                        value);
                tasks.setSpacingBefore(6);
                document.add(tasks);
            }

            section(document, t("factsheet.feedback"));
            if (feedback.appeals() == 0 && feedback.pollQuestion() == null) {
                document.add(new Paragraph(t("factsheet.feedbackNone"), value));
            }
            if (feedback.appeals() > 0) {
                document.add(new Paragraph(f("factsheet.feedbackAppeals", feedback.appeals()), value));
            }
            if (feedback.pollQuestion() != null) {
                Paragraph poll = new Paragraph();
                poll.add(new Chunk(t("factsheet.feedbackPoll") + " ", value));
                poll.add(new Chunk("«" + feedback.pollQuestion() + "»", strong));
                document.add(poll);
            }

            Paragraph generated = new Paragraph(t("factsheet.generated") + " " + DATE.format(today), label);
            generated.setSpacingBefore(18);
            document.add(generated);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The fact sheet of project " + h.id() + " cannot be rendered", e);
        }
        return out.toByteArray();
    }

    private String t(String key) {
        return labels.text(key);
    }

    private String f(String key, Object... arguments) {
        return new MessageFormat(labels.text(key), labels.locale()).format(arguments);
    }

    private String number(BigDecimal figure) {
        return figure == null ? "—" : numbers.format(figure);
    }

    /** How far the latest value went from the baseline towards the target, in percent. */
    private static String progress(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (baseline == null || target == null || latest == null || target.compareTo(baseline) == 0) {
            return "—";
        }
        BigDecimal share = latest.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(target.subtract(baseline), 0, RoundingMode.HALF_UP);
        return share.max(BigDecimal.ZERO).toPlainString() + " %";
    }

    private void section(Document document, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private static PdfPTable table(int columns, float[] widths) throws DocumentException {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setSpacingBefore(4);
        return table;
    }

    private void fact(PdfPTable table, String name, String text) {
        cell(table, name, label, Element.ALIGN_LEFT);
        cell(table, text == null ? "" : text, value, Element.ALIGN_LEFT);
    }

    private void amount(PdfPTable table, String name, long tenge) {
        cell(table, name, label, Element.ALIGN_LEFT);
        // The embedded font has no tenge sign (₸): the currency is written as the language abbreviates it.
        cell(table, numbers.format(tenge) + " " + t("factsheet.currency"), strong, Element.ALIGN_RIGHT);
    }

    /** A header row; {@code figures}: the columns after the first hold numbers and align right. */
    private void head(PdfPTable table, boolean figures, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(texts[i], new Font(PdfFonts.BOLD, 9, Font.NORMAL, INK)));
            cell.setBackgroundColor(BAND);
            cell.setBorderColor(LINE);
            cell.setPadding(4);
            cell.setHorizontalAlignment(i > 0 && figures ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(LINE);
        cell.setPadding(4);
        cell.setHorizontalAlignment(align);
        table.addCell(cell);
    }
}
