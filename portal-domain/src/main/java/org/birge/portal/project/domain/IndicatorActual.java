package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/** The value an indicator had in one reporting period (a quarter); one value per indicator and period. */
@Entity
@Table(name = "indicator_actual")
public class IndicatorActual extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false, updatable = false)
    private int quarter;

    @Column(name = "actual_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    protected IndicatorActual() {
    }

    public IndicatorActual(Indicator indicator, int year, int quarter, BigDecimal value) {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw new DomainException("project.report.period");
        }
        this.indicator = indicator;
        this.projectId = indicator.getProject().getId();
        this.year = year;
        this.quarter = quarter;
        change(value);
    }

    public void change(BigDecimal newValue) {
        if (newValue == null) {
            throw new DomainException("project.indicator.valuesRequired");
        }
        this.value = newValue;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public long getProjectId() {
        return projectId;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public BigDecimal getValue() {
        return value;
    }
}
