package org.birge.portal.dashboard.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The portal for its administrators: the people with a record (by role, and signed in within 30 days), the
 * reference data, and the audit chain's head (its length, last hash and last entry's time); walking the
 * whole chain to verify it is {@code AuditService.verify()}, on demand.
 */
public record AdminDashboard(long officials, long activeLately, List<Count> byRole, long regions, long activeRegions,
                             long districts, long activeDistricts, long courses, long publishedCourses,
                             long workflows, long calendarDays, long auditRecords, String auditLastHash,
                             Instant auditLastAt) implements Serializable {

    public AdminDashboard {
        byRole = List.copyOf(byRole);
    }
}
