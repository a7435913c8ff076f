package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/** The mayor's quarterly account of a project in implementation: what was done, the issues and risks. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends VersionedEntity {

    public static final int TEXT_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false)
    private int quarter;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String narrative;

    @Column(name = "issues_risks", length = TEXT_LENGTH)
    private String issues;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.SUBMITTED;

    @Column(name = "review_comment", length = TEXT_LENGTH)
    private String reviewComment;

    protected ProgressReport() {
    }

    public ProgressReport(Project project, int year, int quarter, String narrative, String issues) {
        if (project.getStatus() != ProjectStatus.IN_IMPLEMENTATION) {
            throw new DomainException("project.report.notInImplementation");
        }
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw new DomainException("project.report.period");
        }
        if (narrative == null || narrative.isBlank()) {
            throw new DomainException("project.report.narrativeRequired");
        }
        if (narrative.strip().length() > TEXT_LENGTH || issues != null && issues.strip().length() > TEXT_LENGTH) {
            throw new DomainException("project.textLength", TEXT_LENGTH);
        }
        this.project = project;
        this.year = year;
        this.quarter = quarter;
        this.narrative = narrative.strip();
        this.issues = issues == null || issues.isBlank() ? null : issues.strip();
    }

    public void accept(String comment) {
        requireSubmitted();
        status = ReportStatus.ACCEPTED;
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public void returnToMayor(String comment) {
        requireSubmitted();
        if (comment == null || comment.isBlank()) {
            throw new DomainException("project.action.commentRequired");
        }
        status = ReportStatus.RETURNED;
        reviewComment = comment.strip();
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new DomainException("project.report.notSubmitted");
        }
    }

    public String period() {
        return year + " Q" + quarter;
    }

    public Project getProject() {
        return project;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getIssues() {
        return issues;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
