package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealStatus;

/**
 * The filter of an inbox: by status, category and due date range; {@code openOnly} keeps the appeals still
 * waiting for an answer, {@code attention} the overdue ones and those with a complaint to answer (the
 * governor's tasks). Each part is ignored when null or false.
 */
public record AppealFilter(AppealStatus status, AppealCategory category, LocalDate dueFrom, LocalDate dueTo,
                           boolean openOnly, boolean attention) implements Serializable {

    public static AppealFilter none() {
        return new AppealFilter(null, null, null, null, false, false);
    }
}
