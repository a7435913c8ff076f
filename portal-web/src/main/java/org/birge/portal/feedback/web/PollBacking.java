package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.feedback.service.PollForm;
import org.birge.portal.feedback.service.PollService;
import org.birge.portal.feedback.service.PollView;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/**
 * One poll's page: for its district's mayor the form (a new draft when there is no id), opening, closing, the
 * results and the proposal from the winner; for a resident the vote and then the results; for the region's
 * governor the poll and its results.
 */
@Named
@ViewScoped
public class PollBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int NEW_OPTIONS = 3;
    private static final int DEFAULT_DAYS = 14;

    @EJB
    private PollService polls;

    @EJB
    private GrantCallService calls;

    private Long id;
    private PollView poll;
    private PollForm form;
    private Long choice;
    private Long proposalOption;
    private Long proposalCall;
    private List<CallRow> openCalls;

    /** Loads what the page shows before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (requested == null || requested.isBlank()) {
            form = PollForm.of(null, null, PortalClock.today(), PortalClock.today().plusDays(DEFAULT_DAYS));
            for (int i = 0; i < NEW_OPTIONS; i++) {
                form.addOption();
            }
            return;
        }
        id = Pages.idParameter("id");
        if (id != null) {
            poll = Pages.load(() -> polls.view(id));
            if (poll != null) {
                prepare();
            }
        }
    }

    private void prepare() {
        form = PollForm.of(poll);
        if (poll.can().startProposal()) {
            var winners = poll.results().winners();
            proposalOption = winners.size() == 1 ? winners.get(0).optionId() : null;
            openCalls = calls.openCalls(PageRequest.of(0, PageRequest.MAX_SIZE)).rows();
            proposalCall = openCalls.size() == 1 ? openCalls.get(0).id() : null;
        }
    }

    private void reload() {
        poll = polls.view(id);
        prepare();
    }

    public boolean isCreating() {
        return id == null;
    }

    /** Creates the draft, or saves the changes at the version the mayor saw. */
    public String save() {
        try {
            if (id == null) {
                long created = polls.create(form);
                Messages.flashInfo("poll.created");
                return "/mayor/poll.xhtml?faces-redirect=true&id=" + created;
            }
            polls.edit(id, poll.version(), form);
            Messages.info("poll.saved");
            reload();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        return null;
    }

    public void addOption() {
        form.addOption();
    }

    public void removeOption(int index) {
        form.removeOption(index);
    }

    public String open() {
        return act(() -> polls.open(id, poll.version()), "poll.opened");
    }

    public String close() {
        return act(() -> polls.close(id, poll.version()), "poll.closedNow");
    }

    /** The resident's vote, then the results. */
    public String vote() {
        if (choice == null) {
            Messages.error("poll.vote.choose");
            return null;
        }
        try {
            polls.vote(id, choice);
            Messages.flashInfo("poll.vote.thanks");
            return "/resident/poll.xhtml?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            reload();
            return null;
        }
    }

    /** A project proposal draft from the chosen winning option, for the chosen open call. */
    public String startProposal() {
        if (proposalOption == null || proposalCall == null) {
            Messages.error("poll.proposal.choose");
            return null;
        }
        try {
            long project = polls.startProposal(id, poll.version(), proposalOption, proposalCall);
            Messages.flashInfo("poll.proposal.started");
            return "/mayor/proposal.xhtml?faces-redirect=true&id=" + project;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            reload();
            return null;
        }
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            Messages.flashInfo(done);
            return "/mayor/poll.xhtml?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            reload();
            return null;
        }
    }

    /**
     * The results as a Chart.js configuration, in the language of the page being rendered, or null when the
     * reader may not see them yet.
     */
    public String getChart() {
        return poll == null || !poll.hasResults() ? null
                : PollChart.json(poll.results(), Messages.text("poll.results.votes"));
    }

    public int getChartHeight() {
        return poll == null || !poll.hasResults() ? 0 : PollChart.height(poll.results());
    }

    public Long getId() {
        return id;
    }

    public PollView getPoll() {
        return poll;
    }

    public PollForm getForm() {
        return form;
    }

    public Long getChoice() {
        return choice;
    }

    public void setChoice(Long choice) {
        this.choice = choice;
    }

    public Long getProposalOption() {
        return proposalOption;
    }

    public void setProposalOption(Long proposalOption) {
        this.proposalOption = proposalOption;
    }

    public Long getProposalCall() {
        return proposalCall;
    }

    public void setProposalCall(Long proposalCall) {
        this.proposalCall = proposalCall;
    }

    public List<CallRow> getOpenCalls() {
        return openCalls;
    }
}
