package org.birge.portal.audit.service;

import java.time.Instant;

/** One audit row as the administrators' list shows it. */
public record AuditRow(long sequence, Instant occurredAt, String actor, String actorRole, String action,
                       String subjectType, Long subjectId, String before, String after, String comment,
                       String hash) {
}
