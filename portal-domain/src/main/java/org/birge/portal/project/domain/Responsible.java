package org.birge.portal.project.domain;

import org.birge.portal.org.domain.Role;

/** Who acts at a step, relative to the project: its district's mayor, its region's governor, or any project manager. */
public enum Responsible {
    DISTRICT_MAYOR(Role.MAYOR), REGION_GOVERNOR(Role.GOVERNOR), PROJECT_MANAGER(Role.PROJECT_MANAGER);

    private final Role role;

    Responsible(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
