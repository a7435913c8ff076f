package org.birge.portal.project.service;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a project's timeline, read from the audit trail: who did what, when, with what comment. */
public record TimelineRow(long sequence, Instant at, String actor, String actorRole, String action, String after,
                          String comment) implements Serializable {
}
