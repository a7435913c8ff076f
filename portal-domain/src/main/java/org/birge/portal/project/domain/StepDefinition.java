package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.training.domain.Course;

/**
 * One step of a workflow definition: its code, what kind of step it is, who is responsible, the actions
 * allowed, the time allowed in working days, how many different people must approve (two for a
 * four-eyes decision), and optionally the course the project's district mayor must have completed before
 * the step can be approved (named by the course's code, so the requirement is data of the version).
 */
@Embeddable
public class StepDefinition {

    public static final int CODE_LENGTH = 40;
    public static final int MAX_SLA_DAYS = 130;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private StepKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible", nullable = false, length = 20)
    private Responsible responsible;

    @Column(name = "actions", nullable = false, length = 100)
    private String actions;

    @Column(name = "sla_days", nullable = false)
    private int slaDays;

    @Column(name = "required_approvals", nullable = false)
    private int requiredApprovals;

    @Column(name = "required_course", length = Course.CODE_LENGTH)
    private String requiredCourse;

    protected StepDefinition() {
    }

    public StepDefinition(String code, StepKind kind, Responsible responsible, Set<WorkflowAction> actions,
                          int slaDays, int requiredApprovals) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new DomainException("project.workflow.stepCode");
        }
        if (slaDays < 1 || slaDays > MAX_SLA_DAYS) {
            throw new DomainException("project.workflow.slaRange", MAX_SLA_DAYS);
        }
        // One approver, or two different people for a four-eyes decision.
        if (requiredApprovals < 1 || requiredApprovals > 2) {
            throw new DomainException("project.workflow.approvalsRange");
        }
        if (actions == null || actions.isEmpty()) {
            throw new DomainException("project.workflow.actionsRequired");
        }
        this.code = code;
        this.kind = kind;
        this.responsible = responsible;
        this.actions = actions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.slaDays = slaDays;
        this.requiredApprovals = requiredApprovals;
    }

    /** What a new version changes on a step: the time allowed, the approvers, the course required (or none). */
    public record Change(int slaDays, int requiredApprovals, String requiredCourse) {
    }

    /** The same step with another time allowed and number of approvers, for a new version; the course stays. */
    public StepDefinition with(int newSlaDays, int newRequiredApprovals) {
        return with(new Change(newSlaDays, newRequiredApprovals, requiredCourse));
    }

    /** The same step with the changes of a new version. */
    public StepDefinition with(Change change) {
        StepDefinition changed = new StepDefinition(code, kind, responsible, getActions(), change.slaDays(),
                change.requiredApprovals());
        return changed.requiring(change.requiredCourse());
    }

    /**
     * The same step requiring that the district's mayor completed the course {@code courseCode} before it
     * can be approved; a blank code requires none. Only a step someone approves can require a course.
     */
    public StepDefinition requiring(String courseCode) {
        String wanted = courseCode == null || courseCode.isBlank() ? null : courseCode.strip().toUpperCase();
        if (wanted != null && !wanted.matches(Course.CODE_PATTERN)) {
            throw new DomainException("project.workflow.courseCode");
        }
        if (wanted != null && !allows(WorkflowAction.APPROVE)) {
            throw new DomainException("project.workflow.courseNeedsApproval");
        }
        StepDefinition copy = new StepDefinition(code, kind, responsible, getActions(), slaDays, requiredApprovals);
        copy.requiredCourse = wanted;
        return copy;
    }

    public boolean allows(WorkflowAction action) {
        return getActions().contains(action);
    }

    public String getCode() {
        return code;
    }

    public StepKind getKind() {
        return kind;
    }

    public Responsible getResponsible() {
        return responsible;
    }

    public Set<WorkflowAction> getActions() {
        Set<WorkflowAction> set = EnumSet.noneOf(WorkflowAction.class);
        Arrays.stream(actions.split(",")).filter(a -> !a.isBlank()).map(WorkflowAction::valueOf).forEach(set::add);
        return set;
    }

    public int getSlaDays() {
        return slaDays;
    }

    public int getRequiredApprovals() {
        return requiredApprovals;
    }

    /** The code of the course the district's mayor must have completed before approval, or null. */
    public String getRequiredCourse() {
        return requiredCourse;
    }
}
