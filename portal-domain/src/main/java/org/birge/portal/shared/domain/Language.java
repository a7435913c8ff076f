package org.birge.portal.shared.domain;

import java.util.Locale;

/** The three languages of the portal, Kazakh first as the state language. */
public enum Language {
    KK, RU, EN;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a locale or tag such as {@code ru-RU}; Russian when none of the three matches. */
    public static Language of(String tag) {
        if (tag != null && tag.length() >= 2) {
            String prefix = tag.substring(0, 2).toUpperCase(Locale.ROOT);
            for (Language language : values()) {
                if (language.name().equals(prefix)) {
                    return language;
                }
            }
        }
        return RU;
    }
}
