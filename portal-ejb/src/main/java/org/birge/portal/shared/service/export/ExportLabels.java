package org.birge.portal.shared.service.export;

import java.util.Locale;
import org.birge.portal.shared.domain.Language;

/**
 * The texts of an export in its reader's language, by the keys of the portal's message bundles (the web
 * module passes its bundle in the reader's language): the exports of the services use the same words as
 * the pages.
 */
public interface ExportLabels {

    /** The text of a key; the key itself when the bundle has none. */
    String text(String key);

    Language language();

    default Locale locale() {
        return language().locale();
    }

    /** The text of an enum-driven key such as {@code project.status.DRAFT}; empty for no value. */
    default String text(String prefix, Object value) {
        return value == null ? "" : text(prefix + value);
    }
}
