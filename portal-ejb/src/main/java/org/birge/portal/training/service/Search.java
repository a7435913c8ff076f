package org.birge.portal.training.service;

import java.util.Locale;

/** Search text of the training lists as a LIKE pattern: lower case, anywhere, LIKE's own characters escaped. */
final class Search {

    private Search() {
    }

    /** The pattern, or null when there is nothing to search for. */
    static String pattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
