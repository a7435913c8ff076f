package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * Work waiting for someone on a project: a workflow step, or a progress report to review. It names who
 * may act by role and place (the district's mayor, the region's governor, any project manager), is due
 * a number of working days after it opened, and is done by one action, or by two different people when
 * its step needs two approvals (four eyes).
 */
@Entity
@Table(name = "task")
public class Task extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TaskKind kind;

    @Column(name = "step_position", nullable = false, updatable = false)
    private int stepPosition;

    @Column(name = "step_code", nullable = false, length = StepDefinition.CODE_LENGTH, updatable = false)
    private String stepCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Responsible responsible;

    /** Copies of the project's place, so that "my tasks" is one indexed query. */
    @Column(name = "district_id", nullable = false, updatable = false)
    private long districtId;

    @Column(name = "region_id", nullable = false, updatable = false)
    private long regionId;

    @Column(name = "report_id", updatable = false)
    private Long reportId;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "required_approvals", nullable = false, updatable = false)
    private int requiredApprovals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(name = "first_approver", length = 100)
    private String firstApprover;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private WorkflowAction outcome;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    protected Task() {
    }

    /** A task for the step the project is at now. */
    public static Task forStep(Project project, LocalDate openedOn, LocalDate dueOn) {
        StepDefinition step = project.currentStep();
        return new Task(project, TaskKind.STEP, project.getStepPosition(), step.getCode(), step.getResponsible(),
                null, openedOn, dueOn, step.getRequiredApprovals());
    }

    /** A project manager's review of a progress report the mayor submitted. */
    public static Task forReport(Project project, long reportId, LocalDate openedOn, LocalDate dueOn) {
        return new Task(project, TaskKind.REPORT_REVIEW, project.getStepPosition(), "report-review",
                Responsible.PROJECT_MANAGER, reportId, openedOn, dueOn, 1);
    }

    private Task(Project project, TaskKind kind, int stepPosition, String stepCode, Responsible responsible,
                 Long reportId, LocalDate openedOn, LocalDate dueOn, int requiredApprovals) {
        this.project = Objects.requireNonNull(project, "project");
        this.kind = kind;
        this.stepPosition = stepPosition;
        this.stepCode = stepCode;
        this.responsible = responsible;
        this.districtId = project.getDistrict().getId();
        this.regionId = project.getDistrict().getRegion().getId();
        this.reportId = reportId;
        this.openedOn = openedOn;
        this.dueOn = dueOn;
        this.requiredApprovals = requiredApprovals;
    }

    /**
     * An approval by {@code username}: true when it completes the task, false when the task waits for a
     * second, different approver. The same person cannot approve twice.
     */
    public boolean approve(String username, Instant at) {
        requireOpen();
        if (requiredApprovals > 1 && firstApprover == null) {
            firstApprover = username;
            return false;
        }
        if (username.equals(firstApprover)) {
            throw new DomainException("project.task.fourEyes");
        }
        finish(username, WorkflowAction.APPROVE, at);
        return true;
    }

    /** Ends the task with {@code outcome} (return, reject, submit). */
    public void finish(String username, WorkflowAction action, Instant at) {
        requireOpen();
        status = TaskStatus.DONE;
        completedBy = username;
        completedAt = at;
        outcome = action;
    }

    /** The project moved on without this task, for example after a rejection elsewhere. */
    public void cancel(Instant at) {
        requireOpen();
        status = TaskStatus.CANCELLED;
        completedAt = at;
    }

    /** Marks that the level above was told this task is overdue; once per task. */
    public boolean escalate(LocalDate today) {
        if (status != TaskStatus.OPEN || escalatedOn != null || !isOverdue(today)) {
            return false;
        }
        escalatedOn = today;
        return true;
    }

    public boolean isOverdue(LocalDate today) {
        return status == TaskStatus.OPEN && dueOn.isBefore(today);
    }

    private void requireOpen() {
        if (status != TaskStatus.OPEN) {
            throw new DomainException("project.task.notOpen");
        }
    }

    public Project getProject() {
        return project;
    }

    public TaskKind getKind() {
        return kind;
    }

    public int getStepPosition() {
        return stepPosition;
    }

    public String getStepCode() {
        return stepCode;
    }

    public Responsible getResponsible() {
        return responsible;
    }

    public long getDistrictId() {
        return districtId;
    }

    public long getRegionId() {
        return regionId;
    }

    public Long getReportId() {
        return reportId;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getRequiredApprovals() {
        return requiredApprovals;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getFirstApprover() {
        return firstApprover;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public WorkflowAction getOutcome() {
        return outcome;
    }

    public LocalDate getEscalatedOn() {
        return escalatedOn;
    }
}
