package org.birge.portal.report.service;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.PortalClock;

/**
 * The quarterly report's texts in the reader's language, from the {@code quarterly} bundle beside this
 * class, and its numbers, amounts (tenge with the language's grouping) and dates ({@code dd.MM.yyyy}).
 */
final class ReportTexts {

    static final String BUNDLE = "org.birge.portal.report.service.quarterly";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ResourceBundle bundle;
    private final Language language;
    private final Locale locale;

    ReportTexts(Locale locale) {
        this.language = Language.of(locale == null ? null : locale.getLanguage());
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String name(Names names) {
        if (names == null) {
            return "";
        }
        String name = names.in(language);
        return name == null || name.isBlank() ? names.ru() : name;
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String decimal(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * An amount with the currency as the report's font can show it ("тг", "KZT"): the embedded Liberation Sans
     * has no tenge sign; the workbook's cells carry "₸" in their number format instead.
     */
    String tenge(long amount) {
        return number(amount) + " " + text("currency");
    }

    /** A column of amounts: its heading with the currency. */
    String amountHead(String key) {
        return text(key) + ", " + text("currency");
    }

    /** A share or average with one decimal ("—" when there is nothing to divide). */
    String oneDecimal(Double value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    String instant(Instant at) {
        return DATE_TIME.format(at.atZone(PortalClock.KAZAKHSTAN));
    }

    /** "2026 Q3 (01.07.2026–30.09.2026)". */
    String period(ReportQuarter quarter) {
        return text("period", DATE.format(quarter.firstDay()), DATE.format(quarter.lastDay()));
    }
}
