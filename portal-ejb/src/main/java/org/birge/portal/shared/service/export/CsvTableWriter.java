package org.birge.portal.shared.service.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it (comma, CRLF, quotes doubled inside quoted fields), in UTF-8 with a byte order mark
 * so that Excel reads Cyrillic and Kazakh letters. A text that a spreadsheet would take for a formula (it
 * begins with = + - @, a tab or a carriage return) is prefixed with an apostrophe; amounts and numbers are
 * written as plain digits, dates as dd.MM.yyyy.
 */
final class CsvTableWriter implements TableWriter {

    private static final char BOM = '\uFEFF';

    private final Writer out;
    private List<ExportColumn.CellType> types = List.of();

    CsvTableWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    public void header(List<ExportColumn<?>> columns, List<String> headers) throws IOException {
        List<ExportColumn.CellType> list = new ArrayList<>();
        columns.forEach(c -> list.add(c.type()));
        types = list;
        out.write(BOM);
        line(new ArrayList<>(headers), true);
    }

    @Override
    public void row(List<Object> values) throws IOException {
        line(values, false);
    }

    private void line(List<Object> values, boolean header) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = values.get(i);
            ExportColumn.CellType type = header || i >= types.size() ? ExportColumn.CellType.TEXT : types.get(i);
            out.write(field(format(value, type), type == ExportColumn.CellType.TEXT));
        }
        out.write("\r\n");
    }

    static String format(Object value, ExportColumn.CellType type) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case DATE -> value instanceof LocalDate date ? DATE.format(date) : value.toString();
            case DATE_TIME -> value instanceof Instant instant ? DATE_TIME.format(instant.atZone(KAZAKHSTAN))
                    : value.toString();
            default -> value.toString();
        };
    }

    /** A field quoted when it must be; a text guarded against being read as a formula. */
    static String field(String text, boolean guard) {
        String value = guard ? guarded(text) : text;
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
