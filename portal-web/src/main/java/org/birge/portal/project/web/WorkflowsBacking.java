package org.birge.portal.project.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.project.domain.StepDefinition;
import org.birge.portal.project.service.CourseChoice;
import org.birge.portal.project.service.DefinitionRow;
import org.birge.portal.project.service.WorkflowDefinitionService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/**
 * The workflow definitions for project managers and administrators; an administrator publishes a new
 * version, with the working days, approvers and the course a step requires of the district's mayor.
 */
@Named
@ViewScoped
public class WorkflowsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WorkflowDefinitionService definitions;

    private List<DefinitionRow> rows;
    private DefinitionRow editing;
    private List<StepDraft> draft = new ArrayList<>();
    private List<CourseChoice> courses = List.of();

    /** A step's time, approvers and required course as the administrator sets them for the next version. */
    public static class StepDraft implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final boolean approvable;
        private Integer slaDays;
        private Integer approvals;
        private String requiredCourse;

        StepDraft(DefinitionRow.StepRow step) {
            this.code = step.code();
            this.approvable = step.approvable();
            this.slaDays = step.slaDays();
            this.approvals = step.requiredApprovals();
            this.requiredCourse = step.requiredCourse();
        }

        public String getCode() {
            return code;
        }

        public boolean isApprovable() {
            return approvable;
        }

        public String getRequiredCourse() {
            return requiredCourse;
        }

        public void setRequiredCourse(String requiredCourse) {
            this.requiredCourse = requiredCourse;
        }

        public Integer getSlaDays() {
            return slaDays;
        }

        public void setSlaDays(Integer slaDays) {
            this.slaDays = slaDays;
        }

        public Integer getApprovals() {
            return approvals;
        }

        public void setApprovals(Integer approvals) {
            this.approvals = approvals;
        }
    }

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        rows = Pages.load(() -> definitions.definitions());
    }

    public void startNewVersion(DefinitionRow definition) {
        try {
            courses = definitions.courseChoices();
        } catch (PortalException e) {
            Messages.error(e);
            return;
        }
        editing = definition;
        draft = new ArrayList<>(definition.steps().stream().map(StepDraft::new).toList());
    }

    public void cancel() {
        editing = null;
    }

    public void publish() {
        try {
            DefinitionRow published = definitions.publishNextVersion(editing.id(), editing.version(),
                    draft.stream().map(s -> new StepDefinition.Change(s.slaDays == null ? 0 : s.slaDays,
                            s.approvals == null ? 0 : s.approvals, s.requiredCourse)).toList());
            Messages.info("workflow.published", published.revision());
            editing = null;
            rows = definitions.definitions();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public List<DefinitionRow> getDefinitions() {
        return rows;
    }

    public Long getEditing() {
        return editing == null ? null : editing.id();
    }

    public List<StepDraft> getDraft() {
        return draft;
    }

    /** The published courses a step can require, for the administrator's choice. */
    public List<CourseChoice> getCourses() {
        return courses;
    }
}
