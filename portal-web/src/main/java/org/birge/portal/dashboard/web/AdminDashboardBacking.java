package org.birge.portal.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.audit.service.AuditService.ChainStatus;
import org.birge.portal.dashboard.service.AdminDashboard;
import org.birge.portal.dashboard.service.Count;
import org.birge.portal.dashboard.service.DashboardService;
import org.birge.portal.notify.domain.DeliveryState;
import org.birge.portal.notify.service.MailOutbox;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/**
 * The administrators' home: people by role, reference data, the audit chain (its head on every view; the
 * walk over the whole chain when the administrator asks for it), and the e-mail outbox's mails by state.
 */
@Named
@ViewScoped
public class AdminDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DashboardService dashboards;

    @EJB
    private AuditService audit;

    @EJB
    private MailOutbox outbox;

    @Inject
    private ActiveUser user;

    private AdminDashboard dashboard;
    private ChainStatus chain;
    private Map<DeliveryState, Long> deliveries;

    public void load() {
        dashboard = Pages.load(dashboards::admin);
        deliveries = Pages.load(outbox::deliveryStatus);
    }

    /** Walks the whole audit chain and shows whether it is intact. */
    public void verifyChain() {
        chain = audit.verify();
    }

    public AdminDashboard getDashboard() {
        return dashboard;
    }

    public ChainStatus getChain() {
        return chain;
    }

    /** The outbox's mails per state, every state present. */
    public Map<DeliveryState, Long> getDeliveries() {
        return deliveries;
    }

    public List<DeliveryState> getDeliveryStates() {
        return List.of(DeliveryState.values());
    }

    /** The mails an administrator should look at: failed, or whose sending is uncertain. */
    public long getDeliveriesToCheck() {
        return DeliveryState.requeueable().stream().mapToLong(deliveries::get).sum();
    }

    /** The people by role. */
    public String getRolesChart() {
        return DashboardChart.bar(
                dashboard.byRole().stream().map(c -> DashboardColours.label(user.getLocale(), "role.", c.key())).toList(),
                java.util.List.of(new DashboardChart.Series(Messages.text(user.getLocale(), "dash.people"),
                        DashboardChart.SKY_DARK, dashboard.byRole().stream().map(Count::count).toList())),
                false, true, Messages.text(user.getLocale(), "dash.people"), null);
    }
}
