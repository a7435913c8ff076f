package org.birge.portal.notify.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of notifications in a reader's language, from the bundle {@code org.birge.portal.i18n.notices}
 * (in this jar, so that the e-mail renderer of the services and the pages read the same texts). An argument
 * starting with {@code @} is itself a key of the bundle, rendered in the same language.
 */
public final class NoticeTexts {

    public static final String BUNDLE = "org.birge.portal.i18n.notices";

    private NoticeTexts() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NoticeTexts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A notification's text: its key with its arguments, {@code @key} arguments rendered too. */
    public static String notification(Locale locale, String messageKey, List<String> arguments) {
        Object[] values = arguments.stream()
                .map(a -> a.startsWith("@") ? text(locale, a.substring(1)) : a).toArray();
        return text(locale, messageKey, values);
    }

    /** The name of a kind of notification, e.g. "A task is assigned to me". */
    public static String kind(Locale locale, String kind) {
        return text(locale, "notify.kind." + kind);
    }
}
