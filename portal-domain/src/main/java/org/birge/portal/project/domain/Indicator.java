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

/**
 * What a project promises to change, measured: a name, a unit, the value before (baseline) and the value
 * it aims for (target); the final value is set by the evaluation.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedEntity {

    public static final int NAME_LENGTH = 300;
    public static final int UNIT_LENGTH = 60;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = UNIT_LENGTH)
    private String unit;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal target;

    @Column(name = "final_value", precision = 14, scale = 2)
    private BigDecimal finalValue;

    protected Indicator() {
    }

    Indicator(Project project, int position, Item item) {
        this.project = project;
        this.position = position;
        change(item);
    }

    /** What the mayor promises for an indicator. */
    public record Item(Long id, String name, String unit, BigDecimal baseline, BigDecimal target) {
    }

    void change(Item item) {
        if (item.name() == null || item.name().isBlank() || item.unit() == null || item.unit().isBlank()) {
            throw new DomainException("project.indicator.nameRequired");
        }
        if (item.name().strip().length() > NAME_LENGTH || item.unit().strip().length() > UNIT_LENGTH) {
            throw new DomainException("project.textLength", NAME_LENGTH);
        }
        if (item.baseline() == null || item.target() == null) {
            throw new DomainException("project.indicator.valuesRequired");
        }
        this.name = item.name().strip();
        this.unit = item.unit().strip();
        this.baseline = item.baseline();
        this.target = item.target();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void evaluate(BigDecimal value) {
        if (value == null) {
            throw new DomainException("project.evaluation.indicatorRequired", name);
        }
        this.finalValue = value;
    }

    /** Whether the final value reached the target, in the direction the target lies from the baseline. */
    public boolean targetMet() {
        if (finalValue == null) {
            return false;
        }
        return target.compareTo(baseline) >= 0 ? finalValue.compareTo(target) >= 0 : finalValue.compareTo(target) <= 0;
    }

    public Project getProject() {
        return project;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getFinalValue() {
        return finalValue;
    }
}
