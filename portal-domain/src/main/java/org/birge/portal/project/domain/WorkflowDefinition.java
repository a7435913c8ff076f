package org.birge.portal.project.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A version of an approval workflow, as data: the ordered steps a project goes through. New projects
 * start on the published version of their workflow; a running project stays on the version it started
 * with, so publishing a new version never changes the rules of a project under way. The first step is the
 * mayor's submission.
 */
@Entity
@Table(name = "workflow_definition")
public class WorkflowDefinition extends VersionedEntity {

    public static final String LOCAL_INITIATIVE = "local-initiative-grant";

    @Column(nullable = false, updatable = false, length = 60)
    private String code;

    @Embedded
    private LocalizedName name;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DefinitionStatus status = DefinitionStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workflow_step", joinColumns = @JoinColumn(name = "definition_id"))
    @OrderColumn(name = "position")
    private List<StepDefinition> steps = new ArrayList<>();

    protected WorkflowDefinition() {
    }

    public WorkflowDefinition(String code, LocalizedName name, int revision, List<StepDefinition> steps) {
        if (steps == null || steps.isEmpty() || steps.get(0).getKind() != StepKind.SUBMISSION) {
            throw new DomainException("project.workflow.firstStepSubmission");
        }
        this.code = code;
        this.name = name;
        this.revision = revision;
        this.steps.addAll(steps);
    }

    /** A draft of the next version with the times and approver counts given, step by step; courses stay. */
    public WorkflowDefinition nextVersion(List<int[]> slaAndApprovals) {
        if (slaAndApprovals.size() != steps.size()) {
            throw new DomainException("project.workflow.stepsChanged");
        }
        List<StepDefinition.Change> changes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            changes.add(new StepDefinition.Change(slaAndApprovals.get(i)[0], slaAndApprovals.get(i)[1],
                    steps.get(i).getRequiredCourse()));
        }
        return nextVersionWith(changes);
    }

    /** A draft of the next version with the changes given, step by step: times, approvers and required courses. */
    public WorkflowDefinition nextVersionWith(List<StepDefinition.Change> changes) {
        if (changes.size() != steps.size()) {
            throw new DomainException("project.workflow.stepsChanged");
        }
        List<StepDefinition> changed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            changed.add(steps.get(i).with(changes.get(i)));
        }
        return new WorkflowDefinition(code, name, revision + 1, changed);
    }

    public void publish(Instant at) {
        if (status != DefinitionStatus.DRAFT) {
            throw new DomainException("project.workflow.notDraft");
        }
        status = DefinitionStatus.PUBLISHED;
        publishedAt = at;
    }

    public void supersede() {
        if (status != DefinitionStatus.PUBLISHED) {
            throw new DomainException("project.workflow.notPublished");
        }
        status = DefinitionStatus.SUPERSEDED;
    }

    public StepDefinition step(int position) {
        return steps.get(position);
    }

    /** The position of the step after {@code position}, or -1 when it was the last. */
    public int after(int position) {
        return position + 1 < steps.size() ? position + 1 : -1;
    }

    /** The position of the first step of {@code kind}, or -1. */
    public int positionOf(StepKind kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getKind() == kind) {
                return i;
            }
        }
        return -1;
    }

    public String getCode() {
        return code;
    }

    public LocalizedName getName() {
        return name;
    }

    public int getRevision() {
        return revision;
    }

    public DefinitionStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<StepDefinition> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
