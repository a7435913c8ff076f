package org.birge.portal.shared.service.export;

import java.util.function.Function;

/**
 * A column of a list's export: its header's message key, the type of its cells (a date is written as a
 * date, an amount as a number in tenge), a width in characters, and how a row gives its value.
 */
public record ExportColumn<T>(String headerKey, CellType type, int width, Function<T, Object> value) {

    /** How a cell is written. */
    public enum CellType {
        /** Text (a String, or anything by its toString). */
        TEXT,
        /** A LocalDate, dd.MM.yyyy. */
        DATE,
        /** An Instant, dd.MM.yyyy HH:mm in Kazakhstan's time. */
        DATE_TIME,
        /** A whole number of tenge. */
        AMOUNT,
        /** A whole number. */
        NUMBER
    }

    public static <T> ExportColumn<T> text(String headerKey, int width, Function<T, Object> value) {
        return new ExportColumn<>(headerKey, CellType.TEXT, width, value);
    }

    public static <T> ExportColumn<T> date(String headerKey, Function<T, Object> value) {
        return new ExportColumn<>(headerKey, CellType.DATE, 12, value);
    }

    public static <T> ExportColumn<T> dateTime(String headerKey, Function<T, Object> value) {
        return new ExportColumn<>(headerKey, CellType.DATE_TIME, 17, value);
    }

    public static <T> ExportColumn<T> amount(String headerKey, Function<T, Object> value) {
        return new ExportColumn<>(headerKey, CellType.AMOUNT, 16, value);
    }

    public static <T> ExportColumn<T> number(String headerKey, Function<T, Object> value) {
        return new ExportColumn<>(headerKey, CellType.NUMBER, 10, value);
    }
}
