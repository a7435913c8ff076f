package org.birge.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts and dates as the portal shows them: tenge with the grouping of the reader's language
 * ({@code 1 234 567 ₸} in Kazakh and Russian, {@code 1,234,567 ₸} in English; the sign kept on the line of the
 * number by a no-break space) and dates as {@code dd.MM.yyyy} in every language.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String tenge(Long amount) {
        return tenge(amount, locale());
    }

    public String number(Number value) {
        return number(value, locale());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String tenge(Long amount, Locale locale) {
        return amount == null ? "" : number(amount, locale) + "\u00a0₸";
    }

    static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.forLanguageTag("ru")
                : context.getViewRoot().getLocale();
    }
}
