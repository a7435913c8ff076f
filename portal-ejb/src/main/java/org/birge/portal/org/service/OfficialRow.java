package org.birge.portal.org.service;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.birge.portal.org.domain.Role;

/** A person as the administrators' list shows them. */
public record OfficialRow(long id, String username, String displayName, Set<Role> roles, String districtCode,
                          String regionCode, Instant lastLoginAt) {

    /** The Keycloak names of the roles, as the list shows them. */
    public String roleNames() {
        return roles.stream().sorted().map(Role::roleName).collect(Collectors.joining(", "));
    }
}
