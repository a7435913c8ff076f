package org.birge.portal.shared.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only a window of rows is in memory, the rest is flushed to a
 * temporary file as it is written. The header row is bold and frozen, columns have the widths their
 * columns ask for, dates are real dates shown dd.MM.yyyy, amounts numbers in a tenge format.
 */
final class XlsxTableWriter implements TableWriter {

    /** Rows kept in memory before POI flushes them. */
    private static final int WINDOW = 200;
    static final String TENGE_FORMAT = "#,##0\\ \"₸\"";

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle amount;
    private final CellStyle number;
    private List<ExportColumn.CellType> types = List.of();
    private int next;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        short dateFormat = workbook.createDataFormat().getFormat("dd.mm.yyyy");
        date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat(TENGE_FORMAT));
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    @Override
    public void header(List<ExportColumn<?>> columns, List<String> headers) {
        types = columns.stream().map(ExportColumn::type).toList();
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(style);
            int width = Math.max(columns.get(i).width(), Math.min(headers.get(i).length() + 2, 40));
            sheet.setColumnWidth(i, Math.min(width, 80) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            ExportColumn.CellType type = i < types.size() ? types.get(i) : ExportColumn.CellType.TEXT;
            switch (type) {
                case DATE -> {
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
                case DATE_TIME -> {
                    if (value instanceof Instant instant) {
                        cell.setCellValue(instant.atZone(KAZAKHSTAN).toLocalDateTime());
                        cell.setCellStyle(dateTime);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
                case AMOUNT, NUMBER -> {
                    if (value instanceof Number figure) {
                        cell.setCellValue(figure.doubleValue());
                        cell.setCellStyle(type == ExportColumn.CellType.AMOUNT ? amount : number);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
                // A cell of text is never a formula in XLSX; the guard of CSV is not needed here.
                case TEXT -> cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
