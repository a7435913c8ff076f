package org.birge.portal.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.audit.service.AuditService.ChainStatus;
import org.birge.portal.dashboard.service.AdminDashboard;
import org.birge.portal.dashboard.service.Count;
import org.birge.portal.dashboard.service.DashboardService;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/**
 * The administrators' home: people by role, reference data, the audit chain (its head on every view; the
 * walk over the whole chain when the administrator asks for it).
 *
 * <p>Notification delivery status: its own section, from the e-mail outbox's {@code deliveryStatus()},
 * comes here and on the page (see the marked place in admin/index.xhtml) once the outbox is merged.
 */
@Named
@ViewScoped
public class AdminDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DashboardService dashboards;

    @EJB
    private AuditService audit;

    @Inject
    private ActiveUser user;

    private AdminDashboard dashboard;
    private ChainStatus chain;

    public void load() {
        dashboard = Pages.load(dashboards::admin);
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

    /** The people by role. */
    public String getRolesChart() {
        return DashboardChart.bar(
                dashboard.byRole().stream().map(c -> DashboardColours.label(user.getLocale(), "role.", c.key())).toList(),
                java.util.List.of(new DashboardChart.Series(Messages.text(user.getLocale(), "dash.people"),
                        DashboardChart.SKY_DARK, dashboard.byRole().stream().map(Count::count).toList())),
                false, true, Messages.text(user.getLocale(), "dash.people"), null);
    }
}
