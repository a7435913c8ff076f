package org.birge.portal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a domain operation is refused with a given message key. */
public final class DomainAssertions {

    private DomainAssertions() {
    }

    /** Runs {@code operation}, asserts it throws a {@link DomainException} with {@code key}, and returns it. */
    public static DomainException assertRefused(String key, Executable operation) {
        DomainException refused = assertThrows(DomainException.class, operation);
        assertEquals(key, refused.getMessageKey());
        return refused;
    }
}
