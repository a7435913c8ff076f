package org.birge.portal.dashboard.service;

import java.io.Serializable;

/** A figure by a key (a project state, a step, a role): how many records have it. */
public record Count(String key, long count) implements Serializable {
}
