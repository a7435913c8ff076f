package org.birge.portal.project.service;

import java.io.Serializable;
import java.util.List;
import org.birge.portal.project.domain.Problem;

/** A saved draft: its new version, and what it still lacks before it can be submitted. */
public record SaveResult(long id, long version, List<Problem> problems) implements Serializable {
}
