package org.birge.portal.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.birge.portal.shared.domain.Localizable;

/** Interface texts from the bundles in the language of the current view, and messages built from them. */
public final class Messages {

    public static final String BUNDLE = "org.birge.portal.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static String text(String key, Object... arguments) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    /** An information message that survives a redirect, for the page the action goes to. */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** Shows a business failure of a service or the domain as an error message in the user's language. */
    public static void error(Localizable failure) {
        add(FacesMessage.SEVERITY_ERROR, null, failure.getMessageKey(), failure.getArguments().toArray());
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }
}
