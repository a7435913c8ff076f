package org.birge.portal.report.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.birge.portal.shared.service.PortalClock;

/**
 * The quarterly report as an XLSX workbook, one sheet per section: numbers are numbers, amounts carry a
 * tenge format, shares a one-decimal format, and dates are dates, so the partners can sum and chart them.
 * A figure that has nothing to divide (a share without answers) is an empty cell.
 */
public final class QuarterlyReportXlsx {

    private static final String TENGE = "#,##0\\ \"₸\"";

    /** The styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle share;
        final CellStyle tenge;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle totalText;
        final CellStyle totalInteger;
        final CellStyle totalTenge;
        final CellStyle totalShare;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font white = book.createFont();
            white.setBold(true);
            white.setColor(IndexedColors.WHITE.getIndex());
            title = book.createCellStyle();
            title.setFont(big);
            header = book.createCellStyle();
            header.setFont(white);
            header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = book.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            integer = numeric(book, "#,##0");
            decimal = numeric(book, "#,##0.##");
            share = numeric(book, "0.0");
            tenge = numeric(book, TENGE);
            date = numeric(book, "dd.mm.yyyy");
            dateTime = numeric(book, "dd.mm.yyyy hh:mm");
            totalText = book.createCellStyle();
            totalText.setFont(bold);
            totalText.setBorderTop(BorderStyle.THIN);
            totalInteger = total(book, integer, bold);
            totalTenge = total(book, tenge, bold);
            totalShare = total(book, share, bold);
        }

        private static CellStyle numeric(XSSFWorkbook book, String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static CellStyle total(XSSFWorkbook book, CellStyle base, Font bold) {
            CellStyle style = book.createCellStyle();
            style.cloneStyleFrom(base);
            style.setFont(bold);
            style.setBorderTop(BorderStyle.THIN);
            return style;
        }
    }

    /** Writes the workbook in the language of {@code locale} (kk, ru or en) to {@code out}, which stays open. */
    public void write(QuarterlyReport report, Locale locale, OutputStream out) {
        ReportTexts t = new ReportTexts(locale);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles s = new Styles(book);
            cover(book, s, t, report);
            indicators(book, s, t, report);
            budget(book, s, t, report);
            training(book, s, t, report);
            feedback(book, s, t, report);
            risks(book, s, t, report);
            book.getProperties().getCoreProperties().setTitle(t.text("title") + " " + report.quarter().label());
            book.getProperties().getCoreProperties().setCreator(report.generatedBy());
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, ReportTexts t, String key) {
        return book.createSheet(WorkbookUtil.createSafeSheetName(t.text(key)));
    }

    private static void cover(XSSFWorkbook book, Styles s, ReportTexts t, QuarterlyReport report) {
        Sheet sheet = sheet(book, t, "sheet.cover");
        text(row(sheet, 0), 0, t.text("title"), s.title);
        text(row(sheet, 1), 0, t.text("programme") + " — " + t.text("supported"), s.text);
        Row quarter = row(sheet, 3);
        text(quarter, 0, t.text("quarter"), s.text);
        text(quarter, 1, report.quarter().label(), s.totalText);
        Row from = row(sheet, 4);
        text(from, 0, t.text("periodDates"), s.text);
        from.createCell(1).setCellValue(report.quarter().firstDay());
        from.getCell(1).setCellStyle(s.date);
        from.createCell(2).setCellValue(report.quarter().lastDay());
        from.getCell(2).setCellStyle(s.date);
        Row at = row(sheet, 5);
        text(at, 0, t.text("generatedAt"), s.text);
        at.createCell(1).setCellValue(LocalDateTime.ofInstant(report.generatedAt(), PortalClock.KAZAKHSTAN));
        at.getCell(1).setCellStyle(s.dateTime);
        Row by = row(sheet, 6);
        text(by, 0, t.text("generatedBy"), s.text);
        text(by, 1, report.generatedBy(), s.text);
        text(row(sheet, 8), 0, t.text("keyFigures"), s.totalText);
        Budget b = report.budgetTotal();
        int r = 9;
        integer(keyRow(sheet, r++, t, "key.projects", s), 1, b.projects(), s.integer);
        integer(keyRow(sheet, r++, t, "key.approved", s), 1, b.approved(), s.tenge);
        integer(keyRow(sheet, r++, t, "key.disbursedInQuarter", s), 1, b.disbursedInQuarter(), s.tenge);
        integer(keyRow(sheet, r++, t, "key.disbursedToDate", s), 1, b.disbursedToDate(), s.tenge);
        integer(keyRow(sheet, r++, t, "key.sessions", s), 1, report.training().sessions(), s.integer);
        integer(keyRow(sheet, r++, t, "key.trained", s), 1, report.training().trained(), s.integer);
        integer(keyRow(sheet, r++, t, "key.received", s), 1, report.feedbackTotal().received(), s.integer);
        share(keyRow(sheet, r++, t, "key.onTime", s), 1, report.feedbackTotal().onTimeShare(), s.share);
        text(row(sheet, r + 1), 0, t.text("source"), s.text);
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 14 * 256);
    }

    private static Row keyRow(Sheet sheet, int index, ReportTexts t, String key, Styles s) {
        Row row = row(sheet, index);
        text(row, 0, t.text(key), s.text);
        return row;
    }

    private static void indicators(XSSFWorkbook book, Styles s, ReportTexts t, QuarterlyReport report) {
        Sheet sheet = sheet(book, t, "sheet.indicators");
        header(sheet, s, t, "col.indicator", "col.unit", "col.projects", "col.baseline", "col.target",
                "col.achieved", "col.progress", "col.reportedInQuarter");
        int r = 1;
        for (IndicatorGroup g : report.indicatorGroups()) {
            Row row = row(sheet, r++);
            text(row, 0, g.name(), s.wrap);
            text(row, 1, g.unit(), s.text);
            integer(row, 2, g.projects(), s.integer);
            decimal(row, 3, g.baseline(), s.decimal);
            decimal(row, 4, g.target(), s.decimal);
            decimal(row, 5, g.achieved(), s.decimal);
            share(row, 6, g.progress(), s.share);
            integer(row, 7, g.reportedInQuarter(), s.integer);
        }
        widths(sheet, 50, 12, 10, 14, 14, 14, 12, 14);

        sheet = sheet(book, t, "sheet.indicatorsByProject");
        header(sheet, s, t, "col.project", "col.district", "col.indicator", "col.unit", "col.baseline", "col.target",
                "col.inQuarter", "col.achieved", "col.achievedIn", "col.progress");
        r = 1;
        for (IndicatorResult i : report.indicators()) {
            Row row = row(sheet, r++);
            text(row, 0, i.project(), s.wrap);
            text(row, 1, t.name(i.district()), s.text);
            text(row, 2, i.name(), s.wrap);
            text(row, 3, i.unit(), s.text);
            decimal(row, 4, i.baseline(), s.decimal);
            decimal(row, 5, i.target(), s.decimal);
            decimal(row, 6, i.inQuarter(), s.decimal);
            decimal(row, 7, i.achieved(), s.decimal);
            text(row, 8, i.achievedIn(), s.text);
            share(row, 9, i.progress(), s.share);
        }
        widths(sheet, 40, 18, 44, 12, 12, 12, 14, 12, 10, 12);
    }

    private static void budget(XSSFWorkbook book, Styles s, ReportTexts t, QuarterlyReport report) {
        String[] money = {"col.totalCost", "col.approved", "col.approvedInQuarter", "col.spentInQuarter",
            "col.spentToDate", "col.disbursedInQuarter", "col.disbursedToDate", "col.disbursedShare"};
        Sheet sheet = sheet(book, t, "sheet.budgetRegions");
        header(sheet, s, t, concat(new String[] {"col.region", "col.projects"}, money));
        int r = 1;
        for (RegionBudget region : report.regions()) {
            Row row = row(sheet, r++);
            text(row, 0, t.name(region.name()), s.text);
            money(row, 1, region.budget(), s, false);
        }
        Row total = row(sheet, r);
        text(total, 0, t.text("total"), s.totalText);
        money(total, 1, report.budgetTotal(), s, true);
        widths(sheet, 30, 10, 18, 18, 18, 18, 18, 18, 18, 12);

        sheet = sheet(book, t, "sheet.budgetProjects");
        header(sheet, s, t, concat(new String[] {"col.project", "col.district", "col.region", "col.status",
            "col.projects"}, money));
        r = 1;
        for (ProjectBudget p : report.projects()) {
            Row row = row(sheet, r++);
            text(row, 0, p.title(), s.wrap);
            text(row, 1, t.name(p.district()), s.text);
            text(row, 2, t.name(p.region()), s.text);
            text(row, 3, t.text("status." + p.status().name()), s.text);
            money(row, 4, p.budget(), s, false);
        }
        total = row(sheet, r);
        text(total, 0, t.text("total"), s.totalText);
        money(total, 4, report.budgetTotal(), s, true);
        widths(sheet, 44, 18, 22, 16, 10, 18, 18, 18, 18, 18, 18, 18, 12);
    }

    /** The project count and the eight money figures from column {@code from}. */
    private static void money(Row row, int from, Budget b, Styles s, boolean total) {
        CellStyle amount = total ? s.totalTenge : s.tenge;
        integer(row, from, b.projects(), total ? s.totalInteger : s.integer);
        integer(row, from + 1, b.totalCost(), amount);
        integer(row, from + 2, b.approved(), amount);
        integer(row, from + 3, b.approvedInQuarter(), amount);
        integer(row, from + 4, b.spentInQuarter(), amount);
        integer(row, from + 5, b.spentToDate(), amount);
        integer(row, from + 6, b.disbursedInQuarter(), amount);
        integer(row, from + 7, b.disbursedToDate(), amount);
        share(row, from + 8, b.disbursedShare(), total ? s.totalShare : s.share);
    }

    private static void training(XSSFWorkbook book, Styles s, ReportTexts t, QuarterlyReport report) {
        Sheet sheet = sheet(book, t, "sheet.training");
        header(sheet, s, t, "col.code", "col.course", "training.sessions", "training.participants",
                "training.completed", "training.trained", "training.certificates", "training.attendance",
                "training.evaluations", "training.usefulness", "training.trainers", "training.organisation");
        int r = 1;
        for (CourseTraining c : report.courses()) {
            Row row = row(sheet, r++);
            text(row, 0, c.code(), s.text);
            text(row, 1, c.title(), s.wrap);
            training(row, c.training(), s, false);
        }
        Row total = row(sheet, r);
        text(total, 0, t.text("total"), s.totalText);
        training(total, report.training(), s, true);
        widths(sheet, 12, 44, 12, 12, 12, 14, 14, 14, 12, 12, 12, 12);
    }

    private static void training(Row row, Training f, Styles s, boolean total) {
        CellStyle n = total ? s.totalInteger : s.integer;
        CellStyle d = total ? s.totalShare : s.share;
        integer(row, 2, f.sessions(), n);
        integer(row, 3, f.participants(), n);
        integer(row, 4, f.completed(), n);
        integer(row, 5, f.trained(), n);
        integer(row, 6, f.certificates(), n);
        share(row, 7, f.attendanceRate(), d);
        integer(row, 8, f.evaluations(), n);
        share(row, 9, f.averageUsefulness(), d);
        share(row, 10, f.averageTrainerRating(), d);
        share(row, 11, f.averageOrganisation(), d);
    }

    private static void feedback(XSSFWorkbook book, Styles s, ReportTexts t, QuarterlyReport report) {
        Sheet sheet = sheet(book, t, "sheet.feedback");
        header(sheet, s, t, "col.region", "col.received", "col.answered", "col.onTime", "col.satisfied",
                "col.avgDays", "col.polls", "col.votes", "col.onTimeToDate", "col.satisfiedToDate");
        int r = 1;
        for (RegionFeedback region : report.feedback()) {
            Row row = row(sheet, r++);
            text(row, 0, t.name(region.name()), s.text);
            feedback(row, region.feedback(), s, false);
        }
        Row total = row(sheet, r);
        text(total, 0, t.text("total"), s.totalText);
        feedback(total, report.feedbackTotal(), s, true);
        widths(sheet, 30, 14, 12, 12, 14, 16, 10, 10, 16, 16);
    }

    private static void feedback(Row row, Feedback f, Styles s, boolean total) {
        CellStyle n = total ? s.totalInteger : s.integer;
        CellStyle d = total ? s.totalShare : s.share;
        integer(row, 1, f.received(), n);
        integer(row, 2, f.answered(), n);
        share(row, 3, f.onTimeShare(), d);
        share(row, 4, f.satisfiedShare(), d);
        share(row, 5, f.averageDays(), d);
        integer(row, 6, f.polls(), n);
        integer(row, 7, f.votes(), n);
        share(row, 8, f.onTimeToDate(), d);
        share(row, 9, f.satisfiedToDate(), d);
    }

    private static void risks(XSSFWorkbook book, Styles s, ReportTexts t, QuarterlyReport report) {
        Sheet sheet = sheet(book, t, "sheet.risks");
        header(sheet, s, t, "col.project", "col.district", "col.region", "col.reportStatus", "col.issues");
        int r = 1;
        for (Risk risk : report.risks()) {
            Row row = row(sheet, r++);
            text(row, 0, risk.project(), s.wrap);
            text(row, 1, t.name(risk.district()), s.text);
            text(row, 2, t.name(risk.region()), s.text);
            text(row, 3, t.text("report." + risk.status().name()), s.text);
            text(row, 4, risk.issues() == null ? t.text("risks.noIssues") : risk.issues(), s.wrap);
        }
        widths(sheet, 40, 18, 22, 22, 90);

        sheet = sheet(book, t, "sheet.missing");
        header(sheet, s, t, "col.project", "col.district", "col.region");
        r = 1;
        for (MissingReport m : report.missingReports()) {
            Row row = row(sheet, r++);
            text(row, 0, m.project(), s.wrap);
            text(row, 1, t.name(m.district()), s.text);
            text(row, 2, t.name(m.region()), s.text);
        }
        widths(sheet, 50, 20, 24);
    }

    private static void header(Sheet sheet, Styles s, ReportTexts t, String... keys) {
        Row row = row(sheet, 0);
        for (int c = 0; c < keys.length; c++) {
            text(row, c, t.text(keys[c]), s.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void integer(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void decimal(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** A share or an average, rounded to one decimal; empty when there is nothing to divide. */
    private static void share(Row row, int column, Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(Math.round(value * 10) / 10.0);
        }
        cell.setCellStyle(style);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
