package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.util.List;

/**
 * A comparison: the place compared as a whole ({@code total}: a region, or the programme with id 0 and no
 * code) and its parts (the districts of the region, or the regions of the programme) with their figures.
 */
public record TrustOverview(TrustRow total, List<TrustRow> parts) implements Serializable {

    public TrustOverview {
        parts = List.copyOf(parts);
    }
}
