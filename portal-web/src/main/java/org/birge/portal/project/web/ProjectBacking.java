package org.birge.portal.project.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.StepKind;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.CallView;
import org.birge.portal.project.service.ExpenditureRow;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProjectView;
import org.birge.portal.project.service.TaskRow;
import org.birge.portal.project.service.TimelineRow;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * A project's page: its state and money, the proposal, implementation and timeline, and what the reader
 * can do now: act on their task (approve, return, reject, comment; score an appraisal), or, as the
 * district's mayor during implementation, record spending, indicator values, milestones, reports and the
 * final evaluation.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectService projects;

    @EJB
    private WorkflowService workflow;

    @EJB
    private GrantCallService calls;

    @EJB
    private AttachmentService attachments;

    private long id;
    private ProjectView project;
    private PageModel<TimelineRow> timeline;
    private PageModel<ExpenditureRow> expenditures;

    private String comment;
    private Map<String, Integer> scores = new LinkedHashMap<>();
    private Map<String, Integer> criteria = new LinkedHashMap<>();

    private final SpendForm spend = new SpendForm();
    private final MeasureForm measure = new MeasureForm();
    private final ReportForm report = new ReportForm();
    private final EvaluationForm evaluation = new EvaluationForm();
    private LocalDate reachedOn;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        Long requested = Pages.idParameter("id");
        if (requested == null) {
            return;
        }
        id = requested;
        project = Pages.load(() -> projects.view(id));
        if (project == null) {
            return;
        }
        timeline = new PageModel<>(page -> projects.timeline(id, page), row -> Long.toString(row.sequence()));
        expenditures = new PageModel<>(page -> projects.expenditures(id, page), row -> Long.toString(row.id()));
        if (isAppraising()) {
            CallView call = calls.call(project.header().callId());
            call.criteria().forEach(c -> {
                criteria.put(c.getName(), c.getMaxPoints());
                scores.put(c.getName(), null);
            });
        }
        LocalDate today = PortalClock.today();
        measure.setYear(today.getYear());
        measure.setQuarter((today.getMonthValue() - 1) / 3 + 1);
        report.setYear(measure.getYear());
        report.setQuarter(measure.getQuarter());
    }

    private void reload() {
        project = projects.view(id);
        timeline.refresh();
        expenditures.refresh();
    }

    /** The reader's open task on this project, if any. */
    public TaskRow getMyTask() {
        return project == null || project.tasks().isEmpty() ? null : project.tasks().get(0);
    }

    /** Whether the reader decides on something here: a review step, a report, the evaluation. */
    public boolean isDeciding() {
        TaskRow task = getMyTask();
        return task != null && (task.kind() == org.birge.portal.project.domain.TaskKind.REPORT_REVIEW
                || project.header().status() == ProjectStatus.IN_REVIEW
                || project.header().status() == ProjectStatus.IN_EVALUATION);
    }

    public boolean isAppraising() {
        TaskRow task = getMyTask();
        return task != null && task.kind() == org.birge.portal.project.domain.TaskKind.STEP
                && "appraisal".equals(task.stepCode()) && project.header().status() == ProjectStatus.IN_REVIEW;
    }

    /** The actions the reader's task allows, in the order buttons show them. */
    public boolean allows(String action) {
        TaskRow task = getMyTask();
        if (task == null) {
            return false;
        }
        WorkflowAction wanted = WorkflowAction.valueOf(action);
        if (task.kind() == org.birge.portal.project.domain.TaskKind.REPORT_REVIEW) {
            return wanted != WorkflowAction.REJECT && wanted != WorkflowAction.SUBMIT;
        }
        return project.header().status() == ProjectStatus.IN_REVIEW && wanted != WorkflowAction.SUBMIT
                || project.header().status() == ProjectStatus.IN_EVALUATION && wanted != WorkflowAction.REJECT
                && wanted != WorkflowAction.SUBMIT;
    }

    public void act(String action) {
        TaskRow task = getMyTask();
        if (task == null) {
            return;
        }
        try {
            WorkflowService.Outcome outcome = workflow.act(task.id(), task.version(), WorkflowAction.valueOf(action),
                    comment, isAppraising() ? new HashMap<>(scores) : Map.of());
            reload();
            boolean report = task.kind() == org.birge.portal.project.domain.TaskKind.REPORT_REVIEW;
            boolean closed = project.header().status() == ProjectStatus.CLOSED;
            Messages.info(report && outcome == WorkflowService.Outcome.APPROVED ? "project.outcome.reportAccepted"
                    : report && outcome == WorkflowService.Outcome.RETURNED ? "project.outcome.reportReturned"
                    : closed ? "project.outcome.closed"
                    : switch (outcome) {
                        case APPROVED -> "project.outcome.APPROVED";
                        case WAITING_FOR_SECOND_APPROVAL -> "project.outcome.WAITING_FOR_SECOND_APPROVAL";
                        case RETURNED -> "project.outcome.RETURNED";
                        case REJECTED -> "project.outcome.REJECTED";
                        case COMMENTED -> "project.outcome.COMMENTED";
                    });
            comment = null;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            reload();
        }
    }

    public void recordSpending() {
        run(() -> projects.spend(id, spend.getLineId(), spend.getAmount() == null ? 0 : spend.getAmount(),
                spend.getSpentOn(), spend.getDocument()), "project.spending.saved", "spendDialog");
        spend.clear();
    }

    public void recordMeasure() {
        run(() -> projects.measure(id, measure.getIndicatorId() == null ? -1 : measure.getIndicatorId(),
                measure.getYear(), measure.getQuarter(), measure.getValue()), "project.measure.saved", "measureDialog");
    }

    public void reach(ProjectView.Step milestone) {
        run(() -> projects.reachMilestone(milestone.id(), milestone.version(),
                reachedOn == null ? PortalClock.today() : reachedOn), "project.milestone.saved", null);
    }

    public void submitReport() {
        run(() -> projects.report(id, project.header().version(), report.getYear(), report.getQuarter(),
                report.getNarrative(), report.getIssues()), "project.report.saved", "reportDialog");
    }

    public void submitEvaluation() {
        Map<Long, BigDecimal> values = new HashMap<>(evaluation.getFinalValues());
        run(() -> projects.evaluate(id, project.header().version(), values,
                evaluation.getPeopleReached() == null ? -1 : evaluation.getPeopleReached(), evaluation.getLessons()),
                "project.evaluation.saved", "evaluationDialog");
    }

    public void uploadPhoto(FileUploadEvent event) {
        run(() -> attachments.attach(id, AttachmentPurpose.PHOTO, null, event.getFile().getFileName(),
                event.getFile().getContent()), "project.photo.saved", null);
    }

    private void run(Runnable change, String savedKey, String dialog) {
        try {
            change.run();
            Messages.info(savedKey);
            if (dialog != null) {
                PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            }
            reload();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public ProjectView getProject() {
        return project;
    }

    public long getId() {
        return id;
    }

    public PageModel<TimelineRow> getTimeline() {
        return timeline;
    }

    public PageModel<ExpenditureRow> getExpenditures() {
        return expenditures;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, Integer> getCriteria() {
        return criteria;
    }

    public SpendForm getSpend() {
        return spend;
    }

    public MeasureForm getMeasure() {
        return measure;
    }

    public ReportForm getReport() {
        return report;
    }

    public EvaluationForm getEvaluation() {
        return evaluation;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }

    public void setReachedOn(LocalDate reachedOn) {
        this.reachedOn = reachedOn;
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }
}
