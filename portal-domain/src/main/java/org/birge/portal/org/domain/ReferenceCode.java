package org.birge.portal.org.domain;

import java.util.Locale;
import org.birge.portal.shared.domain.DomainException;

/**
 * Reference codes of regions and districts: the stable keys that Keycloak puts into a user's
 * {@code district} and {@code region} claims, so they never change once created.
 */
public final class ReferenceCode {

    public static final int MAX_LENGTH = 32;
    public static final String PATTERN = "[A-Z0-9][A-Z0-9-]{1,31}";

    private ReferenceCode() {
    }

    public static String normalise(String code) {
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!value.matches(PATTERN)) {
            throw new DomainException("validation.code.pattern");
        }
        return value;
    }
}
