package org.birge.portal.project.service;

import java.io.Serializable;
import java.time.LocalDate;

/** Money spent, as the project's list of expenditures shows it. */
public record ExpenditureRow(long id, LocalDate spentOn, String line, long amount, String document)
        implements Serializable {
}
