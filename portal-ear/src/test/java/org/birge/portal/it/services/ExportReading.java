package org.birge.portal.it.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.export.ExportLabels;

/** Reads exports back: CSV by RFC 4180 (a small parser of its own), XLSX with Apache POI; and labels in a language. */
final class ExportReading {

    private ExportReading() {
    }

    /** The portal's own message bundle in {@code language}, copied into the test archive. */
    static ExportLabels labels(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.birge.portal.i18n.messages", language.locale(),
                ExportReading.class.getClassLoader());
        return new ExportLabels() {
            @Override
            public String text(String key) {
                try {
                    return bundle.getString(key);
                } catch (MissingResourceException e) {
                    return key;
                }
            }

            @Override
            public Language language() {
                return language;
            }
        };
    }

    /** Labels that are their keys, for tests that do not read the texts. */
    static ExportLabels keys(Language language) {
        return new ExportLabels() {
            @Override
            public String text(String key) {
                return key;
            }

            @Override
            public Language language() {
                return language;
            }
        };
    }

    /** The records of a CSV file; fails unless it starts with the UTF-8 byte order mark. */
    static List<List<String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 3 || (bytes[0] & 0xff) != 0xEF || (bytes[1] & 0xff) != 0xBB || (bytes[2] & 0xff) != 0xBF) {
            throw new AssertionError("The CSV does not start with a UTF-8 byte order mark");
        }
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** The first sheet's rows as the cells' values shown by Excel's formats, in Russian. */
    static List<List<String>> shown(Workbook workbook) {
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("ru"));
        List<List<String>> rows = new ArrayList<>();
        Sheet sheet = workbook.getSheetAt(0);
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    static Workbook xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
