package org.birge.portal.feedback.service;

import java.io.Serializable;
import org.birge.portal.shared.service.Names;

/** A district or region of a trust comparison: its id, code and name, and its figures. */
public record TrustRow(long id, String code, Names name, TrustFigures figures) implements Serializable {

    /** The figures' values by the sort field names of the comparison tables, for sorting on the page. */
    public Double onTimeShare() {
        return figures.onTimeShare();
    }

    public Double satisfiedShare() {
        return figures.satisfiedShare();
    }

    public Double medianDays() {
        return figures.medianDays();
    }

    /** Sort keys: a place without answers or ratings after every other in descending share, ascending days. */
    public double onTimeSortKey() {
        return figures.onTimeShare() == null ? -1 : figures.onTimeShare();
    }

    public double satisfiedSortKey() {
        return figures.satisfiedShare() == null ? -1 : figures.satisfiedShare();
    }

    public double medianSortKey() {
        return figures.medianDays() == null ? Double.MAX_VALUE : figures.medianDays();
    }

    public long received() {
        return figures.received();
    }

    public long participants() {
        return figures.participants();
    }

    public long overdue() {
        return figures.overdue();
    }
}
