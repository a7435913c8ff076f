package org.birge.portal.project.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.birge.portal.project.domain.DefinitionStatus;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.StepKind;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.shared.service.Names;

/** A version of a workflow with its steps, and how many projects run on it. */
public record DefinitionRow(long id, long version, String code, Names name, int revision, DefinitionStatus status,
                            Instant publishedAt, List<StepRow> steps, long projects) implements Serializable {

    /** One step as shown, with the course the district's mayor must have completed, or null. */
    public record StepRow(int position, String code, StepKind kind, Responsible responsible,
                          List<WorkflowAction> actions, int slaDays, int requiredApprovals, String requiredCourse)
            implements Serializable {

        /** Whether someone approves at this step, so that it can require a course. */
        public boolean approvable() {
            return actions.contains(WorkflowAction.APPROVE);
        }
    }
}
