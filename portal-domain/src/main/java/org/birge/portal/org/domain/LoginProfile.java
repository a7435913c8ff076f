package org.birge.portal.org.domain;

import java.util.Set;

/** What the identity provider's token says of a person at login. */
public record LoginProfile(String subject, String username, String displayName, String email, Set<Role> roles,
                           String districtCode, String regionCode) {

    public LoginProfile {
        roles = Set.copyOf(roles);
    }
}
