package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/** Money spent on one line of a project's budget: how much, when, against which document. */
@Entity
@Table(name = "expenditure")
public class Expenditure extends VersionedEntity {

    public static final int DOCUMENT_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_line_id", nullable = false, updatable = false)
    private BudgetLine line;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false)
    private long amount;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false, length = DOCUMENT_LENGTH)
    private String document;

    protected Expenditure() {
    }

    public Expenditure(BudgetLine line, long amount, LocalDate spentOn, String document, LocalDate today) {
        Project project = line.getProject();
        if (project.getStatus() != ProjectStatus.IN_IMPLEMENTATION) {
            throw new DomainException("project.report.notInImplementation");
        }
        if (amount <= 0) {
            throw new DomainException("project.expenditure.amountPositive");
        }
        if (spentOn == null || spentOn.isAfter(today)) {
            throw new DomainException("project.expenditure.dateInvalid");
        }
        if (document == null || document.isBlank()) {
            throw new DomainException("project.expenditure.documentRequired");
        }
        if (document.strip().length() > DOCUMENT_LENGTH) {
            throw new DomainException("project.textLength", DOCUMENT_LENGTH);
        }
        this.line = line;
        this.projectId = project.getId();
        this.amount = amount;
        this.spentOn = spentOn;
        this.document = document.strip();
    }

    public BudgetLine getLine() {
        return line;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getAmount() {
        return amount;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public String getDocument() {
        return document;
    }
}
