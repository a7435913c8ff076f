package org.birge.portal.project.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.shared.web.PageModel;

/** The project managers' list of grant calls with their money figures. */
@Named
@ViewScoped
public class CallsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GrantCallService callService;

    private CallStatus status;
    private PageModel<CallRow> calls;

    @PostConstruct
    void load() {
        calls = new PageModel<>(page -> callService.calls(page, status), row -> Long.toString(row.id()));
    }

    public void filter() {
        calls.refresh();
    }

    public CallStatus[] getStatuses() {
        return CallStatus.values();
    }

    public CallStatus getStatus() {
        return status;
    }

    public void setStatus(CallStatus status) {
        this.status = status;
    }

    public PageModel<CallRow> getCalls() {
        return calls;
    }
}
