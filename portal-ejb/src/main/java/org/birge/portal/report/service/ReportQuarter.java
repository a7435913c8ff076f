package org.birge.portal.report.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.shared.domain.DomainException;

/** A calendar quarter of a year, the period a quarterly report covers: 2026 Q3 is 01.07.2026–30.09.2026. */
public record ReportQuarter(int year, int quarter) implements Serializable {

    public ReportQuarter {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw new DomainException("report.quarter.invalid");
        }
    }

    /** The quarter a day lies in. */
    public static ReportQuarter of(LocalDate day) {
        return new ReportQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The quarter before this one. */
    public ReportQuarter previous() {
        return quarter == 1 ? new ReportQuarter(year - 1, 4) : new ReportQuarter(year, quarter - 1);
    }

    /** A number that orders quarters: year * 4 + quarter, as the queries compare reporting periods. */
    public int ordinal() {
        return year * 4 + quarter;
    }

    /** "2026 Q3", the way progress reports name their period. */
    public String label() {
        return year + " Q" + quarter;
    }
}
