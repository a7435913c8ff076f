package org.birge.portal.org.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of Keycloak as the portal knows them, in order of precedence: a user who holds several
 * lands on the home of the first.
 */
public enum Role {
    ADMIN("admin", "/admin/"),
    PROJECT_MANAGER("project-manager", "/pm/"),
    GOVERNOR("governor", "/governor/"),
    MAYOR("mayor", "/mayor/"),
    TRAINER("trainer", "/trainer/"),
    RESIDENT("resident", "/resident/");

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "admin";
    public static final String PROJECT_MANAGER_NAME = "project-manager";
    public static final String GOVERNOR_NAME = "governor";
    public static final String MAYOR_NAME = "mayor";
    public static final String TRAINER_NAME = "trainer";
    public static final String RESIDENT_NAME = "resident";

    private final String roleName;
    private final String home;

    Role(String roleName, String home) {
        this.roleName = roleName;
        this.home = home;
    }

    public String roleName() {
        return roleName;
    }

    /** The path of this role's portal, relative to the application. */
    public String home() {
        return home;
    }

    public static Optional<Role> ofName(String name) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(name)).findFirst();
    }
}
