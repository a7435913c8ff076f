package org.birge.portal.org.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginProfileTest {

    @Test
    void theRolesAreCopiedSoLaterChangesToTheSourceDoNotLeakIn() {
        Set<Role> roles = EnumSet.of(Role.MAYOR);
        LoginProfile profile = new LoginProfile("sub", "akim", "Akim", null, roles, "ZAISAN", null);

        roles.add(Role.ADMIN);

        assertEquals(Set.of(Role.MAYOR), profile.roles());
    }

    @Test
    void theRolesCannotBeChanged() {
        LoginProfile profile = new LoginProfile("sub", "akim", "Akim", null, EnumSet.of(Role.MAYOR), null, null);

        assertThrows(UnsupportedOperationException.class, () -> profile.roles().add(Role.ADMIN));
    }

    @Test
    void aProfileNeedsARoleSetEvenIfEmpty() {
        assertThrows(NullPointerException.class,
                () -> new LoginProfile("sub", "akim", "Akim", null, null, null, null));
    }
}
