package org.birge.portal.shared.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes a table, header first, then rows, to CSV or XLSX; {@link #finish()} completes the file. */
public interface TableWriter {

    /** Dates and times of exports are Kazakhstan's. */
    ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    void header(List<ExportColumn<?>> columns, List<String> headers) throws IOException;

    void row(List<Object> values) throws IOException;

    void finish() throws IOException;

    static TableWriter of(ExportFormat format, OutputStream out, String sheetName) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheetName);
            case PDF -> throw new IllegalArgumentException("A list is exported as CSV or XLSX");
        };
    }
}
