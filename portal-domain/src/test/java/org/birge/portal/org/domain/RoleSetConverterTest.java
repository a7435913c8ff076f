package org.birge.portal.org.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleSetConverterTest {

    /** The length of the {@code official.roles} column. */
    private static final int COLUMN_LENGTH = 200;

    private final RoleSetConverter converter = new RoleSetConverter();

    @Test
    void rolesAreWrittenAsKeycloakNamesInOrderOfPrecedence() {
        assertEquals("admin,mayor,resident",
                converter.convertToDatabaseColumn(Set.of(Role.RESIDENT, Role.ADMIN, Role.MAYOR)));
    }

    @Test
    void noRolesAreWrittenAsAnEmptyColumn() {
        assertEquals("", converter.convertToDatabaseColumn(EnumSet.noneOf(Role.class)));
        assertEquals("", converter.convertToDatabaseColumn(null));
    }

    @Test
    void everyRoleTogetherFitsTheColumn() {
        String all = converter.convertToDatabaseColumn(EnumSet.allOf(Role.class));

        assertEquals("admin,project-manager,governor,mayor,trainer,resident", all);
        assertTrue(all.length() <= COLUMN_LENGTH);
    }

    @Test
    void aColumnIsReadBackIntoItsRoles() {
        assertEquals(EnumSet.of(Role.GOVERNOR, Role.TRAINER), converter.convertToEntityAttribute("governor,trainer"));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachSingleRoleSurvivesTheRoundTrip(Role role) {
        assertEquals(EnumSet.of(role), converter.convertToEntityAttribute(converter.convertToDatabaseColumn(
                EnumSet.of(role))));
    }

    @Test
    void allRolesSurviveTheRoundTrip() {
        assertEquals(EnumSet.allOf(Role.class),
                converter.convertToEntityAttribute(converter.convertToDatabaseColumn(EnumSet.allOf(Role.class))));
    }

    @Test
    void noRolesSurviveTheRoundTrip() {
        assertEquals(EnumSet.noneOf(Role.class),
                converter.convertToEntityAttribute(converter.convertToDatabaseColumn(EnumSet.noneOf(Role.class))));
    }

    @Test
    void unknownRoleNamesAreIgnored() {
        assertEquals(EnumSet.of(Role.ADMIN, Role.MAYOR),
                converter.convertToEntityAttribute("admin,superuser,mayor,offline_access"));
    }

    @Test
    void aColumnOfUnknownNamesOnlyGivesNoRoles() {
        assertEquals(EnumSet.noneOf(Role.class), converter.convertToEntityAttribute("superuser"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anEmptyColumnGivesNoRoles(String column) {
        assertEquals(EnumSet.noneOf(Role.class), converter.convertToEntityAttribute(column));
    }

    @Test
    void theRolesReadCanBeChangedByTheEntity() {
        Set<Role> roles = converter.convertToEntityAttribute("");

        roles.add(Role.TRAINER);

        assertEquals(EnumSet.of(Role.TRAINER), roles);
    }
}
