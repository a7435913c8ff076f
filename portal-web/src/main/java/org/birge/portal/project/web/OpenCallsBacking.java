package org.birge.portal.project.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.CallView;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.primefaces.PrimeFaces;

/**
 * The mayor's list of the grant calls open to their region today, with a call's terms and starting a
 * proposal for it.
 */
@Named
@ViewScoped
public class OpenCallsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GrantCallService grantCalls;

    @EJB
    private ProposalService proposals;

    private PageModel<CallRow> calls;
    private CallView details;
    private CallRow chosen;
    private String title;

    @PostConstruct
    void load() {
        calls = new PageModel<>(page -> grantCalls.openCalls(page), row -> Long.toString(row.id()));
    }

    public void showDetails(CallRow row) {
        try {
            details = grantCalls.call(row.id());
            PrimeFaces.current().executeScript("PF('detailsDialog').show()");
        } catch (PortalException e) {
            details = null;
            Messages.error(e);
        }
    }

    public void choose(CallRow row) {
        chosen = row;
        title = null;
    }

    /** Starts the proposal and opens its form; a second press finds no call chosen and does nothing. */
    public String start() {
        CallRow call = chosen;
        if (call == null) {
            return null;
        }
        chosen = null;
        try {
            long id = proposals.start(call.id(), title);
            Messages.info("proposal.started", title.strip());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/mayor/proposal.xhtml?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            chosen = call;
            Messages.error(e);
            calls.refresh();
            return null;
        }
    }

    /** Whole days until the call closes; 0 on its last day. */
    public long daysLeft(CallRow row) {
        return ChronoUnit.DAYS.between(PortalClock.today(), row.closesOn());
    }

    public PageModel<CallRow> getCalls() {
        return calls;
    }

    public CallView getDetails() {
        return details;
    }

    public CallRow getChosen() {
        return chosen;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
