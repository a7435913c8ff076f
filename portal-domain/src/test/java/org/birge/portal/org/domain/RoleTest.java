package org.birge.portal.org.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void ofNameFindsEachRoleByItsKeycloakName(Role role) {
        assertEquals(Optional.of(role), Role.ofName(role.roleName()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"superuser", "Admin", "PROJECT_MANAGER", " mayor", "offline_access"})
    void ofNameFindsNothingForANameKeycloakDoesNotGiveThePortal(String name) {
        assertEquals(Optional.empty(), Role.ofName(name));
    }

    @Test
    void theRoleNameConstantsAreTheRoleNames() {
        assertEquals(Role.ADMIN.roleName(), Role.ADMIN_NAME);
        assertEquals(Role.PROJECT_MANAGER.roleName(), Role.PROJECT_MANAGER_NAME);
        assertEquals(Role.GOVERNOR.roleName(), Role.GOVERNOR_NAME);
        assertEquals(Role.MAYOR.roleName(), Role.MAYOR_NAME);
        assertEquals(Role.TRAINER.roleName(), Role.TRAINER_NAME);
        assertEquals(Role.RESIDENT.roleName(), Role.RESIDENT_NAME);
    }

    @Test
    void theRolesAreDeclaredInOrderOfPrecedence() {
        assertEquals(List.of(Role.ADMIN, Role.PROJECT_MANAGER, Role.GOVERNOR, Role.MAYOR, Role.TRAINER, Role.RESIDENT),
                Arrays.asList(Role.values()));
    }

    @Test
    void eachRoleHasItsOwnHomeInsideTheApplication() {
        assertEquals(Role.values().length, Arrays.stream(Role.values()).map(Role::home).distinct().count());
        for (Role role : Role.values()) {
            assertTrue(role.home().startsWith("/") && role.home().endsWith("/"), role + ": " + role.home());
        }
    }
}
