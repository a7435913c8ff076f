package org.birge.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void carriesItsMessageKeyAndArgumentsInOrder() {
        DomainException exception = new DomainException("org.region.alreadyInactive", "EKR", 3);

        assertEquals("org.region.alreadyInactive", exception.getMessageKey());
        assertEquals(List.of("EKR", 3), exception.getArguments());
    }

    @Test
    void theMessageIsTheKeySoLogsNameTheRuleThatWasBroken() {
        assertEquals("org.district.regionRequired", new DomainException("org.district.regionRequired").getMessage());
    }

    @Test
    void withoutArgumentsTheArgumentListIsEmpty() {
        assertEquals(List.of(), new DomainException("validation.code.pattern").getArguments());
    }

    @Test
    void theArgumentsCannotBeChangedAfterwards() {
        DomainException exception = new DomainException("org.region.alreadyActive", "EKR");

        assertThrows(UnsupportedOperationException.class, () -> exception.getArguments().add("other"));
    }
}
