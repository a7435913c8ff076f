package org.birge.portal.shared.service.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    @Test
    void fieldsAreQuotedAsRfc4180AndFormulasGuarded() {
        assertEquals("plain", CsvTableWriter.field("plain", true));
        assertEquals("\"a, b\"", CsvTableWriter.field("a, b", true));
        assertEquals("\"say \"\"hi\"\"\"", CsvTableWriter.field("say \"hi\"", true));
        assertEquals("\"two\r\nlines\"", CsvTableWriter.field("two\r\nlines", true));
        for (String formula : List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx")) {
            assertEquals("'" + formula, CsvTableWriter.guarded(formula), formula);
        }
        assertEquals("-5", CsvTableWriter.field("-5", false), "a number is not guarded");
    }

    @Test
    void theFileStartsWithABomAndWritesDatesAndAmountsPlainly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter writer = new CsvTableWriter(out);
        List<ExportColumn<?>> columns = List.of(ExportColumn.text("t", 10, r -> r), ExportColumn.date("d", r -> r),
                ExportColumn.amount("a", r -> r));
        writer.header(columns, List.of("Жоба", "Күні", "Сома"));
        writer.row(Arrays.asList("=cmd", LocalDate.of(2026, 3, 5), 1_500_000L));
        writer.row(Arrays.asList(null, null, null));
        writer.finish();
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("Жоба,Күні,Сома\r\n'=cmd,05.03.2026,1500000\r\n,,\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
}
