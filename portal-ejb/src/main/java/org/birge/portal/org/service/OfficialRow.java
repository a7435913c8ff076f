package org.birge.portal.org.service;

import java.time.Instant;

/** A person as the administrators' list shows them. */
public record OfficialRow(long id, String username, String displayName, String roles, String districtCode,
                          String regionCode, Instant lastLoginAt) {
}
