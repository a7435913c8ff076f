package org.birge.portal.project.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.CallTerms;
import org.birge.portal.project.service.CallView;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.RegionChoice;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/**
 * A grant call's page for project managers: a new call or a draft to edit, publish or close, and the
 * money figures of a published call.
 */
@Named
@ViewScoped
public class CallBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GrantCallService calls;

    private Long id;
    private CallView call;
    private CallTerms terms;
    private List<RegionChoice> regions;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        regions = calls.regions();
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (parameter == null || parameter.isBlank()) {
            terms = new CallTerms();
            terms.getCriteria().add(new CallTerms.CriterionItem(null, null));
            return;
        }
        id = Pages.idParameter("id");
        if (id == null) {
            return;
        }
        call = Pages.load(() -> calls.call(id));
        if (call != null) {
            terms = calls.terms(id);
        }
    }

    public String save() {
        try {
            if (isCreating()) {
                CallRow created = calls.create(terms);
                Messages.flashInfo("call.saved", created.title());
                return "/pm/call?faces-redirect=true&id=" + created.id();
            }
            CallRow saved = calls.revise(id, call.row().version(), terms);
            Messages.info("call.saved", saved.title());
            call = calls.call(id);
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        return null;
    }

    public String publish() {
        return change(() -> calls.publish(id, call.row().version()), "call.published");
    }

    public String close() {
        return change(() -> calls.close(id, call.row().version()), "call.closed");
    }

    private String change(java.util.function.Supplier<CallRow> action, String doneKey) {
        try {
            CallRow row = action.get();
            Messages.flashInfo(doneKey, row.title());
            return "/pm/call?faces-redirect=true&id=" + row.id();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public void addCriterion() {
        terms.getCriteria().add(new CallTerms.CriterionItem(null, null));
    }

    public void removeCriterion(int index) {
        terms.getCriteria().remove(index);
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isEditable() {
        return isCreating() || call != null && call.row().status() == CallStatus.DRAFT;
    }

    public boolean isClosable() {
        return call != null && call.row().status() == CallStatus.PUBLISHED;
    }

    public CallView getCall() {
        return call;
    }

    public CallTerms getTerms() {
        return terms;
    }

    public List<RegionChoice> getRegions() {
        return regions;
    }
}
