package org.birge.portal.feedback.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/** The trust figures as the pages write them: shares in whole percent, days to one decimal, a dash for none. */
@Named
@ApplicationScoped
public class TrustFormat {

    public static final String NONE = "—";

    public String percent(Double share) {
        return share == null ? NONE : format(share, 0) + " %";
    }

    public String days(Double days) {
        return days == null ? NONE : format(days, 1);
    }

    private static String format(double value, int decimals) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context == null || context.getViewRoot() == null ? Locale.forLanguageTag("ru")
                : context.getViewRoot().getLocale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }
}
