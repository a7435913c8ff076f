package org.birge.portal.project.service;

import java.io.Serializable;
import java.util.List;
import org.birge.portal.shared.service.Names;

/** A grant call with everything its page shows. */
public record CallView(CallRow row, String description, List<Names> regions, List<CallTerms.CriterionItem> criteria)
        implements Serializable {
}
