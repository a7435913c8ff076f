package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/** One line of a project's budget: a category, what is bought, how many, at what unit cost in tenge. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends VersionedEntity {

    public static final int DESCRIPTION_LENGTH = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BudgetCategory category;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(name = "unit_cost", nullable = false)
    private long unitCost;

    protected BudgetLine() {
    }

    BudgetLine(Project project, int position, Item item) {
        this.project = project;
        this.position = position;
        change(item);
    }

    /** What the mayor types for a line. */
    public record Item(Long id, BudgetCategory category, String description, BigDecimal quantity, long unitCost) {
    }

    void change(Item item) {
        if (item.category() == null) {
            throw new DomainException("project.budget.categoryRequired");
        }
        if (item.description() == null || item.description().isBlank()) {
            throw new DomainException("project.budget.descriptionRequired");
        }
        if (item.description().strip().length() > DESCRIPTION_LENGTH) {
            throw new DomainException("project.textLength", DESCRIPTION_LENGTH);
        }
        if (item.quantity() == null || item.quantity().setScale(2, RoundingMode.HALF_UP).signum() <= 0) {
            throw new DomainException("project.budget.quantityPositive");
        }
        if (item.unitCost() < 0) {
            throw new DomainException("project.budget.costNegative");
        }
        this.category = item.category();
        this.description = item.description().strip();
        this.quantity = item.quantity().setScale(2, RoundingMode.HALF_UP);
        this.unitCost = item.unitCost();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Quantity times unit cost, to the tenge. */
    public long total() {
        return quantity.multiply(BigDecimal.valueOf(unitCost)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public Project getProject() {
        return project;
    }

    public int getPosition() {
        return position;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public long getUnitCost() {
        return unitCost;
    }
}
