package org.birge.portal.project.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.BudgetCategory;
import org.birge.portal.project.domain.FundingSource;
import org.birge.portal.project.domain.ProposalRulesException;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProjectView;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.SaveResult;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The mayor's proposal form, kept open for days: the draft is bound as typed and stays in the view when
 * a save or a submission is refused. Saving stores whatever is typed and lists what the proposal still
 * lacks; submitting saves first, then asks the service to submit the version just saved.
 */
@Named
@ViewScoped
public class ProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The problem an upload of the minutes solves before the next save says so. */
    private static final String MINUTES_REQUIRED = "project.rule.minutesRequired";

    @EJB
    private ProposalService proposals;

    @EJB
    private ProjectService projects;

    @EJB
    private AttachmentService attachments;

    private long id;
    private ProposalDraft draft;
    private ProjectView.Header header;
    private List<ProjectView.File> minutes = List.of();
    private List<ProposalProblem> problems = List.of();
    private boolean checked;
    private boolean conflict;

    /** The view action of the page: loads the draft, or sends a proposal that cannot change to its project page. */
    public String load() {
        Long requested = Pages.idParameter("id");
        if (requested == null) {
            return null;
        }
        id = requested;
        ProjectView view = Pages.load(() -> projects.view(id));
        if (view == null) {
            return null;
        }
        if (!view.header().status().isEditable()) {
            return projectPage();
        }
        draft = Pages.load(() -> proposals.draft(id));
        if (draft == null) {
            return null;
        }
        show(view);
        addBlankRows();
        return null;
    }

    public void save() {
        SaveResult saved = store();
        if (saved != null) {
            Messages.info(problems.isEmpty() ? "proposal.savedReady" : "proposal.saved");
        }
        showMessages();
    }

    /** Saves, then submits the version just saved; the project page follows with a message. */
    public String submit() {
        SaveResult saved = store();
        if (saved == null) {
            showMessages();
            return null;
        }
        try {
            proposals.submit(id, saved.version());
        } catch (ProposalRulesException e) {
            problems = ProposalProblem.of(e.getProblems());
            Messages.error(e);
            showMessages();
            return null;
        } catch (PortalException | DomainException e) {
            conflict = e instanceof ConcurrentChangeException;
            Messages.error(e);
            showMessages();
            return null;
        }
        Messages.info("proposal.submitted", draft.getTitle());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return projectPage();
    }

    /**
     * Saves the draft as typed. On success the form shows the draft as stored (new rows get their ids, so
     * the next save changes them instead of replacing them); on failure everything typed stays.
     */
    private SaveResult store() {
        SaveResult saved;
        try {
            saved = proposals.save(draft);
        } catch (PortalException | DomainException e) {
            conflict = e instanceof ConcurrentChangeException;
            Messages.error(e);
            return null;
        }
        problems = ProposalProblem.of(saved.problems());
        checked = true;
        conflict = false;
        try {
            draft = proposals.draft(id);
            addBlankRows();
        } catch (PortalException e) {
            Messages.error(e); // saved all the same; the form keeps the draft as typed
        }
        return saved;
    }

    /**
     * After the form's values were converted: when one could not be read (its message is at the field, and
     * the field may be far down the page), says so at the top, where the result of an action is shown.
     */
    public void checkInput(ComponentSystemEvent event) {
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            Messages.error("proposal.invalidInput");
            showMessages();
        }
    }

    /** The messages of the layout are at the top of a long page: bring them into view. */
    private static void showMessages() {
        PrimeFaces.current().scrollTo("messages");
    }

    public void uploadMinutes(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            attachments.attach(id, AttachmentPurpose.MINUTES, null, file.getFileName(), file.getContent());
            Messages.info("proposal.minutes.uploaded", file.getFileName());
            show(projects.view(id));
            problems = problems.stream().filter(p -> !MINUTES_REQUIRED.equals(p.messageKey())).toList();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public void addLine() {
        draft.getLines().add(new ProposalDraft.Line());
    }

    public void removeLine(ProposalDraft.Line line) {
        draft.getLines().remove(line);
    }

    public void addMilestone() {
        draft.getMilestones().add(new ProposalDraft.Step());
    }

    public void removeMilestone(ProposalDraft.Step step) {
        draft.getMilestones().remove(step);
    }

    public void addIndicator() {
        draft.getIndicators().add(new ProposalDraft.Measure());
    }

    public void removeIndicator(ProposalDraft.Measure measure) {
        draft.getIndicators().remove(measure);
    }

    private void show(ProjectView view) {
        header = view.header();
        minutes = view.attachments().stream().filter(f -> f.purpose() == AttachmentPurpose.MINUTES).toList();
    }

    /** An empty row to type into where a list has none; the service leaves blank rows out. */
    private void addBlankRows() {
        if (draft.getLines().isEmpty()) {
            addLine();
        }
        if (draft.getMilestones().isEmpty()) {
            addMilestone();
        }
        if (draft.getIndicators().isEmpty()) {
            addIndicator();
        }
    }

    private String projectPage() {
        return "/work/project.xhtml?faces-redirect=true&id=" + id;
    }

    /** What the programme's grant is asked to pay, as typed. */
    public long getGrantRequested() {
        return draft.getFunding().stream()
                .filter(f -> f.getSource() == FundingSource.PROGRAMME_GRANT && f.getAmount() != null)
                .mapToLong(ProposalDraft.Funding::getAmount).sum();
    }

    public boolean isGrantAboveMaximum() {
        return getGrantRequested() > header.callMaxGrant();
    }

    public boolean isShareBelowMinimum() {
        return draft.fundingTotal() > 0 && draft.localSharePercent() < header.callMinShare();
    }

    public boolean isTotalsDiffer() {
        return draft.budgetTotal() != draft.fundingTotal();
    }

    public String problemText(ProposalProblem problem) {
        return Messages.text(problem.messageKey(), problem.arguments().toArray());
    }

    public String categoryLabel(BudgetCategory category) {
        return category == null ? "" : Messages.text(switch (category) {
            case WORKS -> "project.category.WORKS";
            case EQUIPMENT -> "project.category.EQUIPMENT";
            case MATERIALS -> "project.category.MATERIALS";
            case SERVICES -> "project.category.SERVICES";
            case STAFF -> "project.category.STAFF";
            case OTHER -> "project.category.OTHER";
        });
    }

    public String sourceLabel(FundingSource source) {
        return source == null ? "" : Messages.text(switch (source) {
            case PROGRAMME_GRANT -> "project.source.PROGRAMME_GRANT";
            case DISTRICT_BUDGET -> "project.source.DISTRICT_BUDGET";
            case COMMUNITY -> "project.source.COMMUNITY";
            case PRIVATE -> "project.source.PRIVATE";
        });
    }

    public BudgetCategory[] getCategories() {
        return BudgetCategory.values();
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }

    public long getId() {
        return id;
    }

    public ProposalDraft getDraft() {
        return draft;
    }

    public ProjectView.Header getHeader() {
        return header;
    }

    public List<ProjectView.File> getMinutes() {
        return minutes;
    }

    public List<ProposalProblem> getProblems() {
        return problems;
    }

    /** Whether a save has told what the proposal lacks, so an empty list means it is ready. */
    public boolean isChecked() {
        return checked;
    }

    public boolean isConflict() {
        return conflict;
    }
}
