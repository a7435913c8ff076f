package org.birge.portal.project.web;

import java.io.Serializable;
import java.math.BigDecimal;

/** An indicator's value for a quarter, as the mayor types it. */
public class MeasureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long indicatorId;
    private int year;
    private int quarter;
    private BigDecimal value;

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
